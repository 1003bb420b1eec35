package org.careloop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.method.BaseMethodBinding;
import ca.uhn.fhir.rest.server.method.IParameter;
import ca.uhn.fhir.rest.server.method.OperationMethodBinding;
import ca.uhn.fhir.rest.server.method.SearchParameter;
import org.careloop.support.Api;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A user asking for another practice's patient gets 404 through every endpoint, REST and FHIR. The endpoints are
 * not listed by hand: they are read from the running application (Spring MVC's handler mappings, HAPI's resource
 * bindings), so a new endpoint is covered the day it appears, and one the test does not know how to call fails it.
 * <p>
 * FHIR searches: a search keyed on a patient ({@code patient=}, {@code subject=}) answers 404 for a patient the
 * caller may not see, like the JSON API; a search by identifier or name finds nothing (an empty Bundle), as it
 * would for a patient that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PracticeScopeTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Set<String> PATIENT_VARIABLES = Set.of("id", "patientId");
    private static final Set<String> PATIENT_SEARCH_PARAMETERS = Set.of("patient", "subject");
    private static final Set<RestOperationTypeEnum> FHIR_WRITES_AND_PLUMBING = EnumSet.of(
            RestOperationTypeEnum.CREATE, RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.DELETE,
            RestOperationTypeEnum.PATCH, RestOperationTypeEnum.TRANSACTION, RestOperationTypeEnum.BATCH,
            RestOperationTypeEnum.VALIDATE, RestOperationTypeEnum.META_ADD, RestOperationTypeEnum.META_DELETE,
            RestOperationTypeEnum.ADD_TAGS, RestOperationTypeEnum.DELETE_TAGS, RestOperationTypeEnum.METADATA,
            RestOperationTypeEnum.GET_PAGE, RestOperationTypeEnum.UPDATE_REWRITE_HISTORY);

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ServletRegistrationBean<RestfulServer> fhirServlet;

    Api rivera;
    Api okafor;
    UUID patient;
    String family;
    String mrn;
    final Map<String, UUID> rowIds = new LinkedHashMap<>();

    @BeforeEach
    void riversidePatientWithAClinicalRecord() {
        rivera = Api.at(port).as("cm.rivera");
        okafor = Api.at(port).as("cm.okafor");
        family = "Scope" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = rivera.postJson("/api/patients", Map.of("familyName", family, "givenNames", "Riley",
                "birthDate", "1944-03-09", "sex", "male")).json();
        patient = UUID.fromString(created.get("id").asString());
        mrn = created.get("mrn").asString();
        rowIds.put("Patient", patient);
        insert("Condition", "insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status) values (?, ?, '59621000', 'http://snomed.info/sct', '59621000', 'Essential hypertension', 'active')");
        insert("AllergyIntolerance", "insert into allergy (id, patient_id, code_system, code, display, clinical_status) values (?, ?, 'http://snomed.info/sct', '300916003', 'Latex allergy', 'active')");
        insert("MedicationRequest", "insert into medication (id, patient_id, source_type, rxnorm_code, display, status, intent) values (?, ?, 'MedicationRequest', '314076', 'lisinopril 10 MG Oral Tablet', 'active', 'order')");
        insert("Immunization", "insert into immunization (id, patient_id, cvx_code, display, status) values (?, ?, '140', 'Influenza, seasonal', 'completed')");
        insert("Procedure", "insert into clinical_procedure (id, patient_id, code_system, code, display, status) values (?, ?, 'http://snomed.info/sct', '430193006', 'Medication reconciliation', 'completed')");
        insert("FamilyMemberHistory", "insert into family_history (id, patient_id, relationship, condition_code, condition_system, condition_display) values (?, ?, 'FTH', '22298006', 'http://snomed.info/sct', 'Myocardial infarction')");
        insert("Encounter", "insert into encounter (id, patient_id, status, class_code, period_start) values (?, ?, 'finished', 'AMB', now())");
        rowIds.put("CarePlan", UUID.fromString(rivera.postJson("/api/patients/" + patient + "/care-plans",
                Map.of("program", "CCM", "templates", List.of("hypertension"))).json().get("id").asString()));
        insert("Observation", "insert into observation (id, patient_id, status, code_system, code, display, value_quantity, value_unit, effective_at) values (?, ?, 'final', 'http://loinc.org', '4548-4', 'Hemoglobin A1c', 7.2, '%', now())");
    }

    @Test
    void everyRestEndpointForOnePatientAnswersNotFoundToAnotherPractice() {
        WebSession okaforWeb = WebSession.signIn(port, "cm.okafor", "careloop-demo");
        WebSession riveraWeb = WebSession.signIn(port, "cm.rivera", "careloop-demo");
        List<String> called = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!isGet(info)) {
                return;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                // the billing documentation is the biller's, not the care managers': RolePageMatrixTests scopes it
                if (pattern.contains("/patients/{") && !pattern.startsWith("/billing/")) {
                    String path = callablePath(pattern, handler);
                    // the JSON API takes Basic authentication; the web pages a signed-in browser session
                    boolean page = !pattern.startsWith("/api/");
                    int stranger = page ? okaforWeb.get(path).statusCode() : okafor.get(path).status();
                    assertThat(stranger).as("cm.okafor (Hillcrest) GET %s", path).isEqualTo(404);
                    int own = page ? riveraWeb.get(path).statusCode() : rivera.get(path).status();
                    assertThat(own).as("cm.rivera (Riverside) GET %s", path).isEqualTo(200);
                    called.add(pattern);
                }
            }
        });
        assertThat(called).as("the endpoints this test must have found").contains("/patients/{id}", "/patients/{id}/call",
                "/api/patients/{id}",
                "/api/patients/{id}/conditions", "/api/patients/{id}/observations", "/api/patients/{id}/eligibility");
    }

    @Test
    void searchingTheRegistryNeverFindsAnotherPracticesPatient() {
        assertThat(rivera.get("/api/patients?mrn=" + mrn).json().get("total").asLong()).isEqualTo(1);
        assertThat(okafor.get("/api/patients?mrn=" + mrn).json().get("total").asLong()).isZero();
        assertThat(okafor.get("/api/patients?name=" + family).json().get("total").asLong()).isZero();
    }

    @Test
    void everyFhirReadAndSearchAnswersNotFoundOrNothingToAnotherPractice() {
        RestfulServer server = fhirServlet.getServlet();
        List<BaseMethodBinding> bindings = new ArrayList<>(server.getServerBindings());
        server.getResourceBindings().forEach(resource -> bindings.addAll(resource.getMethodBindings()));
        List<String> called = new ArrayList<>();
        for (BaseMethodBinding binding : bindings) {
            if (isWriteOrPlumbing(binding)) {
                continue;
            }
            String resource = binding.getResourceName();
            if (binding instanceof OperationMethodBinding operation) {
                if (!operation.isCanOperateAtInstanceLevel() || operation.isCanOperateAtTypeLevel()
                        || operation.isCanOperateAtServerLevel()) {
                    fail("No way to call FHIR operation %s on %s; teach PracticeScopeTests to", operation.getName(), resource);
                }
                expectNotFoundForStranger("/fhir/" + resource + "/" + rowId(resource) + "/" + operation.getName());
            } else if (binding.getRestOperationType() == RestOperationTypeEnum.READ
                    || binding.getRestOperationType() == RestOperationTypeEnum.VREAD) {
                expectNotFoundForStranger("/fhir/" + resource + "/" + rowId(resource));
            } else if (binding.getRestOperationType() == RestOperationTypeEnum.SEARCH_TYPE) {
                search(resource, binding);
            } else {
                fail("No way to call FHIR %s binding %s on %s; teach PracticeScopeTests to",
                        binding.getRestOperationType(), binding.getMethod().getName(), resource);
            }
            called.add(binding.getRestOperationType() + " " + resource + " " + binding.getMethod().getName());
        }
        assertThat(called).as("the FHIR reads this test must have found").contains(
                "READ Patient read", "EXTENDED_OPERATION_INSTANCE Patient everything", "SEARCH_TYPE Patient byIdentifier",
                "SEARCH_TYPE Patient byName", "SEARCH_TYPE Patient all", "SEARCH_TYPE Condition byPatient",
                "SEARCH_TYPE Observation byPatient");
    }

    @Test
    void readingAChartLeavesAnAuditEventNamingThePatient() {
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        rivera.get("/api/patients/" + patient);
        rivera.get("/api/patients/" + patient + "/conditions");
        List<String> trail = jdbc.sql("""
                select action || ' ' || resource_type || ' ' || channel || ' ' || outcome from audit_event
                 where patient_id = ? and username = 'cm.rivera' and action = 'READ' and id > ? order by id""")
                .params(patient, before).query(String.class).list();
        assertThat(trail).containsExactly("READ Patient API SUCCESS", "READ Condition API SUCCESS");
    }

    private void search(String resource, BaseMethodBinding binding) {
        StringBuilder query = new StringBuilder();
        boolean byPatient = false;
        for (IParameter parameter : binding.getParameters()) {
            if (!(parameter instanceof SearchParameter searchParameter) || !searchParameter.isRequired()) {
                continue;
            }
            String name = searchParameter.getName();
            String value = switch (name) {
                case "patient", "subject" -> "Patient/" + patient;
                case "identifier" -> org.careloop.patient.PatientIdentifier.mrnSystem(practiceOfPatient()) + "|" + mrn;
                case "name", "family" -> family;
                default -> fail("No value for required FHIR search parameter %s of %s; teach PracticeScopeTests one",
                        name, resource);
            };
            byPatient |= PATIENT_SEARCH_PARAMETERS.contains(name);
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        String path = "/fhir/" + resource + query;
        if (query.isEmpty()) {
            // a listing without criteria: the caller's practices' patients, over all its pages
            assertThat(listing(rivera, path)).as("cm.rivera GET %s lists the patient", path).contains(patient.toString());
            assertThat(listing(okafor, path)).as("cm.okafor GET %s never lists the patient", path)
                    .isNotEmpty().doesNotContain(patient.toString());
            return;
        }
        Api.Response own = rivera.get(path);
        assertThat(own.status()).as("cm.rivera GET %s -> %s", path, own).isEqualTo(200);
        assertThat(own.json().path("entry").size()).as("cm.rivera GET %s finds the patient's data", path).isPositive();
        Api.Response stranger = okafor.get(path);
        if (byPatient) {
            assertThat(stranger.status()).as("cm.okafor GET %s -> %s", path, stranger).isEqualTo(404);
        } else {
            assertThat(stranger.status()).as("cm.okafor GET %s -> %s", path, stranger).isEqualTo(200);
            assertThat(stranger.json().path("entry").size()).as("cm.okafor GET %s finds nothing", path).isZero();
        }
    }

    /** The ids on every page of a FHIR search, following its next links. */
    private List<String> listing(Api caller, String path) {
        List<String> ids = new ArrayList<>();
        String next = path + "?_count=500";
        while (next != null) {
            Api.Response page = caller.get(next);
            assertThat(page.status()).as("GET %s -> %s", next, page).isEqualTo(200);
            page.json().path("entry").forEach(entry -> ids.add(entry.get("resource").get("id").asString()));
            next = page.json().path("link").valueStream().filter(link -> link.get("relation").asString().equals("next"))
                    .map(link -> java.net.URI.create(link.get("url").asString()))
                    .map(uri -> uri.getRawPath() + "?" + uri.getRawQuery()).findFirst().orElse(null);
        }
        return ids;
    }

    private void expectNotFoundForStranger(String path) {
        Api.Response stranger = okafor.get(path);
        assertThat(stranger.status()).as("cm.okafor GET %s -> %s", path, stranger).isEqualTo(404);
        assertThat(stranger.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        Api.Response own = rivera.get(path);
        assertThat(own.status()).as("cm.rivera GET %s -> %s", path, own).isEqualTo(200);
    }

    private UUID rowId(String resource) {
        UUID id = rowIds.get(resource);
        if (id == null) {
            fail("No %s row to read; teach PracticeScopeTests to insert one", resource);
        }
        return id;
    }

    private String callablePath(String pattern, HandlerMethod handler) {
        Matcher variables = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = switch (variables.group(1)) {
                case "instrument" -> "phq-9";
                case "planId" -> rowId("CarePlan").toString();
                default -> PATIENT_VARIABLES.contains(variables.group(1)) ? patient.toString()
                        : fail("No value for path variable {%s} of %s; teach PracticeScopeTests one", variables.group(1), pattern);
            };
            variables.appendReplacement(path, value);
        }
        variables.appendTail(path);
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                fail("No value for required parameter %s of %s; teach PracticeScopeTests one", param.name(), pattern);
            }
        }
        return path.toString();
    }

    private static boolean isGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    /** Writes are the import's business; HAPI's own bindings (capability statement, OperationDefinition) hold no patient data. */
    private static boolean isWriteOrPlumbing(BaseMethodBinding binding) {
        Class<?> owner = binding.getMethod() == null ? null : binding.getMethod().getDeclaringClass();
        if (owner == null || !owner.getName().startsWith("org.careloop.")) {
            return true;
        }
        if (binding instanceof OperationMethodBinding operation) {
            return !operation.isIdempotent();
        }
        return FHIR_WRITES_AND_PLUMBING.contains(binding.getRestOperationType());
    }

    private void insert(String resource, String sql) {
        UUID id = UUID.randomUUID();
        jdbc.sql(sql).params(id, patient).update();
        rowIds.put(resource, id);
    }

    private UUID practiceOfPatient() {
        return jdbc.sql("select practice_id from patient where id = ?").param(patient).query(UUID.class).single();
    }
}
