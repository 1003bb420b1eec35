package org.careloop.fhir.endpoint;

import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirReadTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    Api okafor;
    UUID patient;
    String family;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        okafor = Api.at(port).as("cm.okafor");
        family = "Whitlock" + UUID.randomUUID().toString().substring(0, 8);
        patient = UUID.fromString(rivera.postJson("/api/patients", Map.of("familyName", family,
                "givenNames", "Marta Jo", "birthDate", "1951-07-04", "sex", "female", "phone", "555-0142",
                "identifiers", List.of(Map.of("system", "urn:ehr:riverside", "value", "EHR-" + family)),
                "contacts", List.of(Map.of("kind", "EMERGENCY", "name", "Ann Whitlock", "relation", "daughter"))))
                .json().get("id").asString());
        jdbc.sql("""
                insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status, onset_at)
                values (?, ?, '44054006', 'http://snomed.info/sct', '44054006', 'Diabetes mellitus type 2 (disorder)', 'active', now())""")
                .params(UUID.randomUUID(), patient).update();
        observation("4548-4", "2025-06-01T09:00:00Z", 7.9);
        observation("4548-4", "2026-06-01T09:00:00Z", 7.1);
        observation("39156-5", "2026-06-01T09:00:00Z", 31.2);
    }

    @Test
    void readsAPatientUnderTheSameIdAsTheJsonApi() {
        Api.Response read = rivera.get("/fhir/Patient/" + patient);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode fhir = read.json();
        assertThat(fhir.get("resourceType").asString()).isEqualTo("Patient");
        assertThat(fhir.get("id").asString()).isEqualTo(patient.toString());
        assertThat(fhir.get("name").get(0).get("family").asString()).isEqualTo(family);
        assertThat(fhir.get("name").get(0).get("given").get(1).asString()).isEqualTo("Jo");
        assertThat(fhir.get("birthDate").asString()).isEqualTo("1951-07-04");
        assertThat(fhir.get("identifier").findValuesAsString("value")).contains("EHR-" + family);
        assertThat(fhir.get("contact").get(0).get("name").get("text").asString()).isEqualTo("Ann Whitlock");
    }

    @Test
    void findsPatientsByIdentifierAndByNameOnlyInTheCallersPractices() {
        String identifier = "/fhir/Patient?identifier=urn:ehr:riverside%7CEHR-" + family;
        assertThat(entries(rivera.get(identifier))).hasSize(1);
        assertThat(entries(okafor.get(identifier))).isEmpty();
        String mrn = rivera.get("/api/patients/" + patient).json().get("mrn").asString();
        assertThat(entries(rivera.get("/fhir/Patient?identifier=" + mrn))).hasSize(1);
        assertThat(entries(rivera.get("/fhir/Patient?name=" + family.toLowerCase()))).hasSize(1);
        assertThat(entries(okafor.get("/fhir/Patient?name=" + family))).isEmpty();
    }

    @Test
    void searchesConditionsAndObservationsOfOnePatientNewestFirst() {
        List<JsonNode> conditions = entries(rivera.get("/fhir/Condition?patient=Patient/" + patient));
        assertThat(conditions).hasSize(1);
        assertThat(conditions.get(0).get("resource").get("code").get("coding").get(0).get("code").asString())
                .isEqualTo("44054006");
        assertThat(conditions.get(0).get("resource").get("subject").get("reference").asString())
                .isEqualTo("Patient/" + patient);

        List<JsonNode> a1c = entries(rivera.get("/fhir/Observation?patient=" + patient + "&code=http://loinc.org%7C4548-4"));
        assertThat(a1c).extracting(entry -> entry.get("resource").get("valueQuantity").get("value").asDouble())
                .containsExactly(7.1, 7.9);
        assertThat(entries(rivera.get("/fhir/Observation?patient=" + patient))).hasSize(3);
    }

    @Test
    void everythingHoldsThePatientAndTheirRecord() {
        List<JsonNode> entries = entries(rivera.get("/fhir/Patient/" + patient + "/$everything"));
        assertThat(entries).extracting(entry -> entry.get("resource").get("resourceType").asString())
                .containsExactly("Patient", "Condition", "Observation", "Observation", "Observation");
    }

    @Test
    void anotherPracticesPatientIsNotFoundAndTheAttemptIsAudited() {
        Api.Response refused = okafor.get("/fhir/Patient/" + patient);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where patient_id = ? and username = 'cm.okafor' and channel = 'FHIR' and outcome = 'NOT_FOUND'""")
                .param(patient).query(Long.class).single()).isEqualTo(1);
        rivera.get("/fhir/Patient/" + patient);
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where patient_id = ? and username = 'cm.rivera' and channel = 'FHIR' and action = 'READ' and outcome = 'SUCCESS'""")
                .param(patient).query(Long.class).single()).isEqualTo(1);
    }

    private void observation(String code, String at, double value) {
        jdbc.sql("""
                insert into observation (id, patient_id, status, category, code_system, code, display, value_quantity, value_unit, effective_at)
                values (?, ?, 'final', 'laboratory', 'http://loinc.org', ?, ?, ?, '%', cast(? as timestamptz))""")
                .params(UUID.randomUUID(), patient, code, "obs " + code, value, at).update();
    }

    private static List<JsonNode> entries(Api.Response bundle) {
        assertThat(bundle.status()).as(bundle.toString()).isEqualTo(200);
        JsonNode json = bundle.json();
        assertThat(json.get("resourceType").asString()).isEqualTo("Bundle");
        return json.has("entry") ? json.get("entry").valueStream().toList() : List.of();
    }
}
