package org.careloop.fhir.importing;

import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /fhir with Synthea bundles: what is kept, what is said about the rest, and who may import where. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleImportEndpointTests {

    static final String FHIR_JSON = "application/fhir+json";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;

    @BeforeEach
    void directoryIsLoaded() {
        rivera = Api.at(port).as("cm.rivera");
        assertThat(rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.DIRECTORY)).status()).isEqualTo(200);
    }

    @Test
    void keepsEachResourceOfThePatientAndCountsWhatItLeavesOut() {
        Map<String, Integer> sent = Fixtures.countByType(Fixtures.ADULT);
        JsonNode response = rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ADULT)).json();

        assertThat(response.get("type").asString()).isEqualTo("transaction-response");
        assertThat(response.get("entry").size()).isEqualTo(sent.values().stream().mapToInt(Integer::intValue).sum() + 1);
        UUID patient = patientId(response);
        Map<String, String> tables = Map.of("Condition", "condition", "Observation", "observation",
                "Encounter", "encounter", "MedicationRequest", "medication", "Immunization", "immunization",
                "Procedure", "clinical_procedure", "CarePlan", "ehr_care_plan", "CareTeam", "ehr_care_team",
                "DocumentReference", "clinical_document");
        tables.forEach((type, table) -> assertThat(rows(table, patient)).as(type).isEqualTo(sent.get(type)));
        String summary = response.get("entry").get(response.get("entry").size() - 1).get("resource").toString();
        for (String notKept : new String[] {"Claim", "ExplanationOfBenefit", "DiagnosticReport",
                "SupplyDelivery", "Provenance", "Device", "ImagingStudy", "MedicationAdministration", "Medication"}) {
            assertThat(summary).contains("Not kept: " + sent.get(notKept) + " " + notKept + " (");
        }
        long notKeptEntries = statuses(response, "204 Not kept");
        assertThat(notKeptEntries + statuses(response, "201 Created") + statuses(response, "200 OK") - 1)
                .isEqualTo(sent.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void practitionerRolesKnowTheirPractitionerAndVisitsTheirClinician() {
        UUID patient = patientId(rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ADULT)).json());
        assertThat(jdbc.sql("select count(*) from practitioner_role where practitioner_id is null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from encounter e join practitioner p on p.id = e.practitioner_id
                  join organization o on o.id = e.organization_id where e.patient_id = ?""")
                .param(patient).query(Integer.class).single()).isEqualTo(rows("encounter", patient));
    }

    @Test
    void storesBloodPressureAsSystolicAndDiastolicParts() {
        UUID patient = patientId(rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ADULT)).json());
        var parts = jdbc.sql("""
                select c.code, c.value_quantity, c.value_unit from observation o
                  join observation_component c on c.observation_id = o.id
                 where o.patient_id = ? and o.code = '85354-9' order by o.effective_at desc, c.position limit 2""")
                .param(patient).query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).signum() + " " + rs.getString(3))
                .list();
        assertThat(parts).containsExactlyInAnyOrder("8480-6 1 mm[Hg]", "8462-4 1 mm[Hg]");
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        JsonNode first = rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ANOTHER_ADULT)).json();
        Map<String, Long> before = tableCounts();
        JsonNode second = rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ANOTHER_ADULT)).json();

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(patientId(second)).isEqualTo(patientId(first));
        assertThat(statuses(second, "201 Created")).isZero();
        assertThat(statuses(second, "200 OK") - 1).isEqualTo(statuses(first, "201 Created"));
    }

    @Test
    void patientsGetTheMedicalRecordNumberTheSourceGaveAndAllTheirIdentifiers() {
        JsonNode bundle = Fixtures.json(Fixtures.CHILD);
        UUID patient = patientId(rivera.post("/fhir", FHIR_JSON, Fixtures.write(bundle)).json());
        String mrn = null;
        int identifiers = 0;
        for (JsonNode id : bundle.get("entry").get(0).get("resource").get("identifier")) {
            identifiers++;
            if (id.path("type").path("coding").path(0).path("code").asString("").equals("MR")) {
                mrn = id.get("value").asString();
            }
        }
        assertThat(jdbc.sql("select mrn from patient where id = ?").param(patient).query(String.class).single()).isEqualTo(mrn);
        assertThat(rows("patient_identifier", patient)).isEqualTo(identifiers);
        assertThat(jdbc.sql("select assigned_care_manager_id from patient where id = ?").param(patient).query(UUID.class).single())
                .isEqualTo(jdbc.sql("select id from app_user where username = 'cm.rivera'").query(UUID.class).single());
    }

    @Test
    void aDeceasedPatientIsRecordedAsDeceased() {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.CHILD);
        ObjectNode patientResource = (ObjectNode) bundle.get("entry").get(0).get("resource");
        patientResource.put("id", "deceased-" + UUID.randomUUID());
        patientResource.put("deceasedDateTime", "2024-03-02T10:00:00+00:00");
        patientResource.remove("identifier");
        // entries point at the patient by fullUrl, which stays the same; give it a fresh one to import a new patient
        String oldUrl = bundle.get("entry").get(0).get("fullUrl").asString();
        String newUrl = "urn:uuid:" + UUID.randomUUID();
        byte[] json = new String(Fixtures.write(bundle)).replace(oldUrl, newUrl).getBytes();

        UUID patient = patientId(rivera.post("/fhir", FHIR_JSON, json).json());

        assertThat(jdbc.sql("select status || ' ' || deceased_on || ' ' || mrn::bigint from patient where id = ?")
                .param(patient).query(String.class).single()).startsWith("DECEASED 2024-03-02 ");
    }

    @Test
    void twoImportsOfTheSamePatientAtOnceMakeOnePatient() throws Exception {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.CHILD);
        ObjectNode newPatient = (ObjectNode) bundle.get("entry").get(0).get("resource");
        newPatient.put("id", UUID.randomUUID().toString());
        newPatient.remove("identifier");
        byte[] json = Fixtures.write(bundle);
        long patients = jdbc.sql("select count(*) from patient").query(Long.class).single();

        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> rivera.post("/fhir", FHIR_JSON, json));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> rivera.post("/fhir", FHIR_JSON, json));

        assertThat(first.get().status()).as(first.get().text()).isEqualTo(200);
        assertThat(second.get().status()).as(second.get().text()).isEqualTo(200);
        assertThat(patientId(first.get().json())).isEqualTo(patientId(second.get().json()));
        assertThat(jdbc.sql("select count(*) from patient").query(Long.class).single()).isEqualTo(patients + 1);
    }

    @Test
    void everyImportedPatientLeavesAnAuditEvent() {
        UUID patient = patientId(rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ADULT)).json());
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where patient_id = ? and action = 'IMPORT' and channel = 'FHIR' and username = 'cm.rivera'""")
                .param(patient).query(Long.class).single()).isPositive();
    }

    @Test
    void patientsLandInTheCareManagersOwnPractice() {
        UUID patient = patientId(Api.at(port).as("cm.okafor").post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.CHILD)).json());
        assertThat(practiceOf(patient)).isEqualTo("Hillcrest Internal Medicine");
    }

    @Test
    void anAdministratorNamesThePractice() {
        Api admin = Api.at(port).as("admin");
        Api.Response unnamed = admin.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.CHILD));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.text()).contains("OperationOutcome").contains("?practice=");

        UUID patient = patientId(admin.post("/fhir?practice=Hillcrest%20Internal%20Medicine", FHIR_JSON,
                Fixtures.bytes(Fixtures.ANOTHER_ADULT)).json());
        assertThat(practiceOf(patient)).isEqualTo("Hillcrest Internal Medicine");
    }

    @Test
    void onlyCareManagersAndAdministratorsImport() {
        Map<String, Long> before = tableCounts();
        assertThat(Api.at(port).as("dr.chen").post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.CHILD)).status()).isEqualTo(403);
        assertThat(Api.at(port).as("biller").post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.CHILD)).status()).isEqualTo(403);
        assertThat(Api.at(port).as("cm.okafor").post("/fhir?practice=Riverside%20Family%20Medicine", FHIR_JSON,
                Fixtures.bytes(Fixtures.CHILD)).status()).isEqualTo(403);
        assertThat(tableCounts()).isEqualTo(before);
    }

    static UUID patientId(JsonNode response) {
        for (JsonNode entry : response.get("entry")) {
            String location = entry.path("response").path("location").asString("");
            if (location.startsWith("Patient/")) {
                return UUID.fromString(location.substring("Patient/".length()));
            }
        }
        throw new AssertionError("No patient in " + response);
    }

    static long statuses(JsonNode response, String status) {
        long count = 0;
        for (JsonNode entry : response.get("entry")) {
            count += entry.path("response").path("status").asString("").equals(status) ? 1 : 0;
        }
        return count;
    }

    int rows(String table, UUID patient) {
        return jdbc.sql("select count(*) from " + table + " where patient_id = ?").param(patient).query(Integer.class).single();
    }

    String practiceOf(UUID patient) {
        return jdbc.sql("select p.name from patient x join practice p on p.id = x.practice_id where x.id = ?")
                .param(patient).query(String.class).single();
    }

    Map<String, Long> tableCounts() {
        return jdbc.sql("""
                select 'patient', count(*) from patient union all select 'observation', count(*) from observation
                union all select 'component', count(*) from observation_component
                union all select 'encounter', count(*) from encounter union all select 'condition', count(*) from condition
                union all select 'medication', count(*) from medication union all select 'identifier', count(*) from patient_identifier
                union all select 'practitioner', count(*) from practitioner union all select 'care_plan', count(*) from ehr_care_plan""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
