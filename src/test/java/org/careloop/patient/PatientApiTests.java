package org.careloop.patient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

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
class PatientApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    Api okafor;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        okafor = Api.at(port).as("cm.okafor");
    }

    @Test
    void registersAPatientWithAGeneratedMrnAndReadsTheWholeEntryBack() {
        Map<String, Object> body = patient("Abernathy", "Rosalind");
        body.put("phone", "555-0101");
        body.put("preferredContactMethod", "SMS");
        body.put("bestTimeToCall", "mornings");
        body.put("preferredLanguage", "es");
        body.put("interpreterNeeded", true);
        body.put("address", Map.of("line", "12 Elm St", "city", "Springfield", "state", "MA", "postalCode", "01101"));
        body.put("assignedCareManagerId", userId("cm.rivera"));
        body.put("identifiers", List.of(Map.of("system", "urn:ehr:riverside", "value", "E-77", "type", "MR")));
        body.put("contacts", List.of(Map.of("kind", "CAREGIVER", "name", "Tom Abernathy", "relation", "son",
                "phone", "555-0102", "mayReceiveHealthInformation", true)));

        Api.Response created = rivera.postJson("/api/patients", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/patients/" + created.json().get("id").asString());
        JsonNode read = rivera.get(created.location()).json();
        assertThat(read.get("mrn").asString()).matches("\\d{6,}");
        assertThat(read.get("version").asInt()).isZero();
        assertThat(read.get("preferredContactMethod").asString()).isEqualTo("SMS");
        assertThat(read.get("interpreterNeeded").asBoolean()).isTrue();
        assertThat(read.get("address").get("city").asString()).isEqualTo("Springfield");
        assertThat(read.get("identifiers").get(0).get("value").asString()).isEqualTo("E-77");
        assertThat(read.get("contacts").get(0).get("relation").asString()).isEqualTo("son");
        assertThat(read.get("contacts").get(0).get("mayReceiveHealthInformation").asBoolean()).isTrue();
    }

    @Test
    void registrationNamesEveryBadField() {
        Map<String, Object> body = patient(" ", "Rosalind");
        body.put("birthDate", "2999-01-01");
        body.put("sex", "robot");
        body.put("preferredContactMethod", "PIGEON");

        Api.Response refused = rivera.postJson("/api/patients", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("preferredContactMethod");

        body.remove("preferredContactMethod");
        body.put("assignedCareManagerId", userId("dr.chen"));
        refused = rivera.postJson("/api/patients", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("familyName", "birthDate", "sex", "assignedCareManagerId");
    }

    @Test
    void aCareManagerOfAnotherPracticeCannotBeAssigned() {
        Map<String, Object> body = patient("Baptiste", "Louis");
        body.put("assignedCareManagerId", userId("cm.okafor"));
        Api.Response refused = rivera.postJson("/api/patients", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("assignedCareManagerId");
    }

    @Test
    void aGivenMrnMustBeNewToThePractice() {
        Map<String, Object> body = patient("Carrow", "Ida");
        body.put("mrn", "R-555");
        assertThat(rivera.postJson("/api/patients", body).status()).isEqualTo(201);
        Api.Response again = rivera.postJson("/api/patients", patientWithMrn("Carrow", "Iris", "R-555"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("mrn");
        assertThat(okafor.postJson("/api/patients", patientWithMrn("Carrow", "Iris", "R-555")).status())
                .as("MRNs are unique per practice only").isEqualTo(201);
    }

    @Test
    void searchMatchesPartOfEitherNameIgnoringCaseAndPages() {
        String family = "Zyx" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            rivera.postJson("/api/patients", patient(family, "Given" + i));
        }
        rivera.postJson("/api/patients", patient("Other", family + "ina"));

        JsonNode first = rivera.get("/api/patients?name=" + family.toUpperCase().substring(1) + "&size=3").json();
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(first.get("patients").size()).isEqualTo(3);
        JsonNode second = rivera.get("/api/patients?name=" + family.toLowerCase() + "&size=3&page=1").json();
        assertThat(second.get("patients").size()).isEqualTo(1);
        assertThat(second.get("patients").get(0).get("familyName").asString()).as("family names sort after Other")
                .isEqualTo(family);
        assertThat(first.get("patients").get(0).get("familyName").asString()).isEqualTo("Other");
    }

    @Test
    void searchByMrnAndBirthDateNeverShowsAnotherPracticesPatients() {
        String mrn = "S-" + UUID.randomUUID();
        rivera.postJson("/api/patients", patientWithMrn("Dunmore", "Eli", mrn));
        assertThat(rivera.get("/api/patients?mrn=" + mrn + "&birthDate=1950-04-02").json().get("total").asLong()).isEqualTo(1);
        assertThat(rivera.get("/api/patients?mrn=" + mrn + "&birthDate=1950-04-03").json().get("total").asLong()).isZero();
        assertThat(okafor.get("/api/patients?mrn=" + mrn).json().get("total").asLong()).isZero();
    }

    @Test
    void aRevisionBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        JsonNode created = rivera.postJson("/api/patients", patient("Ellery", "Grace")).json();
        String location = "/api/patients/" + created.get("id").asString();
        Map<String, Object> revision = patient("Ellery", "Grace");
        revision.put("phone", "555-0199");
        revision.put("version", 0);
        Api.Response first = rivera.putJson(location, revision);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);

        revision.put("phone", "555-0000");
        Api.Response stale = rivera.putJson(location, revision);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        JsonNode now = rivera.get(location).json();
        assertThat(now.get("phone").asString()).isEqualTo("555-0199");
        assertThat(now.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void ofTwoEditorsSavingTheSameVersionAtOnceExactlyOneWins() throws Exception {
        JsonNode created = rivera.postJson("/api/patients", patient("Fairbanks", "Hal")).json();
        String location = "/api/patients/" + created.get("id").asString();
        Api patel = Api.at(port).as("rn.patel");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> edits = new ArrayList<>();
        for (Api editor : List.of(rivera, patel)) {
            Map<String, Object> revision = patient("Fairbanks", "Hal");
            revision.put("bestTimeToCall", editor == rivera ? "mornings" : "evenings");
            revision.put("version", 0);
            edits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return editor.putJson(location, revision);
            }));
        }
        start.countDown();
        List<Integer> statuses = edits.stream().map(CompletableFuture::join).map(Api.Response::status).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
        JsonNode now = rivera.get(location).json();
        assertThat(now.get("version").asInt()).isEqualTo(1);
        assertThat(now.get("bestTimeToCall").asString()).isIn("mornings", "evenings");
    }

    @Test
    void aRevisionWithoutVersionIsRefused() {
        JsonNode created = rivera.postJson("/api/patients", patient("Gorman", "Ada")).json();
        Api.Response refused = rivera.putJson("/api/patients/" + created.get("id").asString(), patient("Gorman", "Ada"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void anotherPracticeCannotReviseThePatientAndLearnsNothing() {
        JsonNode created = rivera.postJson("/api/patients", patient("Hale", "Iona")).json();
        Map<String, Object> revision = patient("Hacked", "Iona");
        revision.put("version", 0);
        Api.Response refused = okafor.putJson("/api/patients/" + created.get("id").asString(), revision);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(rivera.get("/api/patients/" + created.get("id").asString()).json().get("familyName").asString())
                .isEqualTo("Hale");
    }

    @Test
    void observationsOfOneCodeComeNewestFirstWithTheirComponents() {
        UUID patient = UUID.fromString(rivera.postJson("/api/patients", patient("Ives", "Jonah")).json().get("id").asString());
        UUID older = observation(patient, "85354-9", "2025-01-10T10:00:00Z");
        UUID newer = observation(patient, "85354-9", "2026-03-10T10:00:00Z");
        observation(patient, "4548-4", "2026-05-10T10:00:00Z");
        jdbc.sql("insert into observation_component (observation_id, position, code_system, code, display, value_quantity, value_unit) values (?, 0, 'http://loinc.org', '8480-6', 'Systolic blood pressure', 128, 'mm[Hg]')")
                .param(newer).update();

        JsonNode found = rivera.get("/api/patients/" + patient + "/observations?code=85354-9").json();

        assertThat(found.findValuesAsString("id")).containsExactly(newer.toString(), older.toString());
        assertThat(found.get(0).get("components").get(0).get("valueQuantity").asInt()).isEqualTo(128);
        assertThat(found.get(0).get("effectiveAt").asString()).startsWith("2026-03-10T10:00");
        assertThat(rivera.get("/api/patients/" + patient + "/observations").json().size()).isEqualTo(3);
    }

    @Test
    void theApiDocumentationListsThePatientEndpoints() {
        JsonNode docs = Api.at(port).get("/v3/api-docs").json();
        assertThat(docs.get("paths").has("/api/patients")).isTrue();
        assertThat(docs.get("paths").has("/api/patients/{id}/conditions")).isTrue();
    }

    private UUID observation(UUID patient, String code, String at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into observation (id, patient_id, status, code_system, code, display, effective_at) values (?, ?, 'final', 'http://loinc.org', ?, ?, cast(? as timestamptz))")
                .params(id, patient, code, "obs " + code, at).update();
        return id;
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private static Map<String, Object> patientWithMrn(String family, String given, String mrn) {
        Map<String, Object> body = patient(family, given);
        body.put("mrn", mrn);
        return body;
    }

    static Map<String, Object> patient(String family, String given) {
        Map<String, Object> body = new HashMap<>();
        body.put("familyName", family);
        body.put("givenNames", given);
        body.put("birthDate", "1950-04-02");
        body.put("sex", "female");
        return body;
    }
}
