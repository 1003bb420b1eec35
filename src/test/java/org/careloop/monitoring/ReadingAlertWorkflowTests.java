package org.careloop.monitoring;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care manager keys in what the patient reads out on the phone; a worrying reading opens one escalation per
 * patient and protocol, later readings join it, and the nurse closes it with a disposition and a note that reach
 * the chart's timeline. Bad readings are refused naming the field; a reading in error stays stored with the
 * correction; thresholds are adjusted per practice and per patient; another practice's patient is not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadingAlertWorkflowTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSevereBloodPressureOpensOneSameDayNurseReviewThatASecondReadingJoinsAndThatClosesWithADisposition() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Alert practice");
        UUID patient = team.patient("Okafor", "Grace");

        Api.Response first = team.careManager.postJson(readings(patient), bp(184, 112, hoursAgo(1)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("source").asString()).isEqualTo("PATIENT_REPORTED");
        assertThat(first.json().get("enteredBy").asString()).isEqualTo(team.careManagerId.toString());
        assertThat(first.json().get("alerts").get(0).get("protocol").asString()).isEqualTo("BP_SEVERE_HIGH");
        assertThat(first.json().get("alerts").get(0).get("threshold").asString()).isEqualTo("≥180/≥120 mmHg");

        JsonNode alert = onlyOpenEscalation(team.nurse, patient);
        assertThat(alert.get("title").asString()).matches("BP 184/112 (this|yesterday) \\w+ — same-day RN review");
        assertThat(alert.get("rolePool").asString()).isEqualTo("NURSE");
        assertThat(alert.get("priority").asString()).isEqualTo("URGENT");
        assertThat(alert.get("reason").asString()).isEqualTo("ALERT_BP_SEVERE_HIGH");
        assertThat(alert.get("notes").asString()).contains("EMERGENCY: call 911").contains("ACC/AHA 2017");

        Api.Response second = team.careManager.postJson(readings(patient), bp(176, 121, hoursAgo(0)));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        JsonNode joined = onlyOpenEscalation(team.nurse, patient);
        assertThat(joined.get("id").asString()).isEqualTo(alert.get("id").asString());
        assertThat(joined.get("triggers").valueStream().map(t -> t.get("detail").asString()).toList())
                .containsExactly("BP 184/112 (≥180/≥120 mmHg)", "BP 176/121 (≥180/≥120 mmHg)");

        Api.Response oneClick = team.nurse.patchJson("/api/tasks/" + joined.get("id").asString(),
                Map.of("version", joined.get("version").asInt(), "status", "DONE"));
        assertThat(oneClick.status()).as(oneClick.toString()).isEqualTo(400);
        assertThat(oneClick.text()).contains("disposition").contains("closingNote");
        Api.Response closed = team.nurse.patchJson("/api/tasks/" + joined.get("id").asString(),
                Map.of("version", joined.get("version").asInt(), "status", "DONE", "disposition", "REACHED_AND_ADVISED",
                        "closingNote", "No headache or chest pain; took missed amlodipine; recheck tomorrow."));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("disposition").asString()).isEqualTo("REACHED_AND_ADVISED");

        String timeline = team.signIn(team.careManagerUsername()).htmx("/patients/" + patient + "?tab=timeline").body();
        assertThat(timeline).contains("BP 184/112").contains("Reached and advised").contains("took missed amlodipine");

        Api.Response third = team.careManager.postJson(readings(patient), bp(182, 100, hoursAgo(0)));
        assertThat(third.status()).isEqualTo(201);
        assertThat(onlyOpenEscalation(team.nurse, patient).get("id").asString())
                .as("a closed alert does not swallow a new one").isNotEqualTo(alert.get("id").asString());
    }

    @Test
    void aReadingInsideEveryThresholdRaisesNothingAndAGlucoseOf60GoesToTheCareManagersForTomorrow() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Calm practice");
        UUID patient = team.patient("Lindqvist", "Arne");
        assertThat(team.careManager.postJson(readings(patient), bp(138, 84, hoursAgo(2))).status()).isEqualTo(201);
        assertThat(team.nurse.get("/api/tasks?view=ALL&patient=" + patient).json().size()).isZero();

        Api.Response low = team.careManager.postJson(readings(patient), reading("GLUCOSE", "60", "mg/dL", hoursAgo(1)));
        assertThat(low.status()).as(low.toString()).isEqualTo(201);
        JsonNode alert = onlyOpenEscalation(team.careManager, patient);
        assertThat(alert.get("rolePool").asString()).isEqualTo("CARE_MANAGER");
        assertThat(alert.get("priority").asString()).isEqualTo("ROUTINE");
        assertThat(alert.get("title").asString()).contains("Glucose 60 mg/dL").contains("next-day review");
    }

    @Test
    void aHeartFailurePatientsOvernightGainOpensAnAlertButTheSameGainWithoutHeartFailureDoesNot() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Weight practice");
        UUID failing = team.patient("Moreau", "Celine");
        UUID other = team.patient("Novak", "Petr");
        jdbc.sql("""
                insert into condition (id, patient_id, code_system, code, snomed_code, display, clinical_status)
                values (?, ?, 'http://snomed.info/sct', '84114007', '84114007', 'Heart failure (disorder)', 'active')""")
                .params(UUID.randomUUID(), failing).update();
        for (UUID patient : List.of(failing, other)) {
            assertThat(team.careManager.postJson(readings(patient), reading("WEIGHT", "180.0", "lb", hoursAgo(20)))
                    .status()).isEqualTo(201);
            assertThat(team.careManager.postJson(readings(patient), reading("WEIGHT", "183.0", "lb", hoursAgo(0)))
                    .status()).isEqualTo(201);
        }
        assertThat(onlyOpenEscalation(team.nurse, failing).get("title").asString())
                .startsWith("Weight up 3 lb in 20 h (183 lb)");
        assertThat(team.nurse.get("/api/tasks?view=ALL&patient=" + other).json().size()).isZero();
    }

    @Test
    void badReadingsAreRefusedNamingTheFieldAndNothingIsStored() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Refusal practice");
        UUID patient = team.patient("Quinn", "Roisin");
        assertRefused(team, patient, reading("WEIGHT", "180", "stone", hoursAgo(1)), "unit");
        assertRefused(team, patient, reading("GLUCOSE", "4000", "mg/dL", hoursAgo(1)), "value");
        assertRefused(team, patient, bp(400, 80, hoursAgo(1)), "systolic");
        assertRefused(team, patient, bp(120, 130, hoursAgo(1)), "diastolic");
        assertRefused(team, patient, reading("SPO2", "95", "%", OffsetDateTime.now().plusHours(2)), "takenAt");
        assertRefused(team, patient, reading("PULSE", "70", "/min", hoursAgo(1)), "kind");
        Map<String, Object> device = new HashMap<>(reading("HEART_RATE", "70", "/min", hoursAgo(1)));
        device.put("source", "DEVICE");
        assertRefused(team, patient, device, "source");
        assertThat(jdbc.sql("select count(*) from observation where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReadingMarkedInErrorStaysStoredWithTheCorrectionAndRaisesNothingMore() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Error practice");
        UUID patient = team.patient("Rask", "Helle");
        JsonNode slip = team.careManager.postJson(readings(patient), reading("SPO2", "86", "%", hoursAgo(1))).json();
        JsonNode alert = onlyOpenEscalation(team.nurse, patient);

        Api.Response noReason = team.nurse.postJson(readings(patient) + "/" + slip.get("id").asString() + "/in-error",
                Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text()).contains("reason");
        Api.Response corrected = team.nurse.postJson(readings(patient) + "/" + slip.get("id").asString() + "/in-error",
                Map.of("reason", "Cold fingers; 95 % on repeat", "version", slip.get("version").asInt()));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("status").asString()).isEqualTo("entered-in-error");
        assertThat(corrected.json().get("correction").get("reason").asString()).isEqualTo("Cold fingers; 95 % on repeat");
        assertThat(corrected.json().get("correction").get("by").asString()).isEqualTo(team.nurseId.toString());
        assertThat(team.nurse.postJson(readings(patient) + "/" + slip.get("id").asString() + "/in-error",
                Map.of("reason", "again")).status()).isEqualTo(409);

        JsonNode listed = team.careManager.get(readings(patient) + "?kind=SPO2").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("value").asInt()).isEqualTo(86);
        Api.Response closed = team.nurse.patchJson("/api/tasks/" + alert.get("id").asString(),
                Map.of("version", alert.get("version").asInt(), "status", "DONE", "disposition", "READING_IN_ERROR",
                        "closingNote", "Probe on a cold finger; repeat 95 %."));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    }

    @Test
    void anAdminRaisesThePracticeThresholdAndLowersItForOnePatientFromToday() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Threshold practice");
        UUID usual = team.patient("Sato", "Ken");
        UUID fragile = team.patient("Tanaka", "Yumi");
        Api admin = team.admin();

        Api.Response practice = admin.putJson("/api/alert-protocols",
                Map.of("code", "BP_SEVERE_HIGH", "threshold", 190, "threshold2", 125, "note", "practice policy"));
        assertThat(practice.status()).as(practice.toString()).isEqualTo(200);
        assertThat(practice.json().get("adjustedFor").asString()).isEqualTo("PRACTICE");
        Api.Response one = admin.putJson("/api/patients/" + fragile + "/alert-thresholds",
                Map.of("code", "BP_SEVERE_HIGH", "threshold", 170));
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("threshold").asInt()).isEqualTo(170);
        assertThat(one.json().get("threshold2").asInt()).isEqualTo(125);

        team.careManager.postJson(readings(usual), bp(185, 100, hoursAgo(1)));
        team.careManager.postJson(readings(fragile), bp(175, 100, hoursAgo(1)));
        assertThat(team.nurse.get("/api/tasks?view=ALL&patient=" + usual).json().size())
                .as("185 is under the practice's 190").isZero();
        assertThat(onlyOpenEscalation(team.nurse, fragile).get("notes").asString()).contains("≥170/≥125 mmHg")
                .contains("patient threshold");

        assertThat(team.careManager.putJson("/api/alert-protocols", Map.of("code", "BP_LOW", "threshold", 95))
                .status()).as("only an admin adjusts").isEqualTo(403);
        Api.Response implausible = admin.putJson("/api/alert-protocols", Map.of("code", "BP_LOW", "threshold", 900));
        assertThat(implausible.status()).isEqualTo(400);
        assertThat(implausible.text()).contains("threshold").contains("between 60 and 120 mmHg");
        Api.Response unknown = admin.putJson("/api/alert-protocols", Map.of("code", "BP_WHATEVER", "threshold", 100));
        assertThat(unknown.text()).contains("code");
        Api.Response past = admin.putJson("/api/alert-protocols",
                Map.of("code", "BP_LOW", "threshold", 95, "effectiveFrom", "2020-01-01"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text()).contains("effectiveFrom");
    }

    @Test
    void anotherPracticesPatientIsNotFoundAndTheReadingsAreOnTheAuditTrail() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Scope practice");
        CareTeam elsewhere = CareTeam.hire(port, practices, staff, "Other practice");
        UUID patient = team.patient("Ueda", "Mika");
        assertThat(elsewhere.careManager.postJson(readings(patient), bp(120, 80, hoursAgo(1))).status()).isEqualTo(404);
        assertThat(elsewhere.careManager.get(readings(patient)).status()).isEqualTo(404);
        assertThat(elsewhere.admin().putJson("/api/patients/" + patient + "/alert-thresholds",
                Map.of("code", "BP_LOW", "threshold", 95)).status()).isEqualTo(404);

        JsonNode stored = team.careManager.postJson(readings(patient), bp(120, 80, hoursAgo(1))).json();
        team.careManager.get(readings(patient));
        List<String> trail = jdbc.sql("""
                select action || ' ' || resource_type || ' ' || outcome from audit_event
                 where patient_id = ? and username in (?, ?) order by id""")
                .params(patient, "cm." + team.tag, "cm." + elsewhere.tag).query(String.class).list();
        assertThat(trail).contains("CREATE Observation NOT_FOUND", "READ Observation NOT_FOUND")
                .containsSubsequence("CREATE Observation SUCCESS", "READ Observation SUCCESS");
        assertThat(jdbc.sql("select count(*) from audit_event where resource_id = ? and action = 'CREATE'")
                .param(stored.get("id").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBloodPressureOutsideTheCarePlanGoalIsRoutineCareManagerWork() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Goal practice");
        UUID patient = team.patient("Vance", "Odile");
        TestPatients.startCarePlan(team.careManager, patient, "CCM", "hypertension");
        assertThat(team.careManager.postJson(readings(patient), bp(128, 78, hoursAgo(1))).status()).isEqualTo(201);
        assertThat(team.nurse.get("/api/tasks?view=ALL&patient=" + patient).json().size()).isZero();

        team.careManager.postJson(readings(patient), bp(146, 84, hoursAgo(0)));
        JsonNode alert = onlyOpenEscalation(team.careManager, patient);
        assertThat(alert.get("reason").asString()).isEqualTo("ALERT_CARE_PLAN_GOAL");
        assertThat(alert.get("priority").asString()).isEqualTo("ROUTINE");
        assertThat(alert.get("title").asString()).contains("BP 146/84 outside the goal Blood pressure < 130/80");
    }

    @Test
    void aSevereBloodPressureImportedFromTheEhrRaisesTheAlertAndOldHistoryDoesNot() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Import practice");
        String mrn = "MRN-" + team.tag;
        String bundle = """
                {"resourceType":"Bundle","type":"transaction","entry":[
                 {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient",
                   "identifier":[{"type":{"coding":[{"code":"MR"}]},"system":"urn:test:mrn","value":"%s"}],
                   "name":[{"family":"Whitlock","given":["Ines"]}],"gender":"female","birthDate":"1950-01-01"}},
                 %s, %s]}""".formatted(mrn, fhirBp("o1", 192, 104, hoursAgo(3)), fhirBp("o2", 200, 110,
                OffsetDateTime.now().minusYears(2)));
        Api.Response imported = team.careManager.post("/fhir", "application/fhir+json", bundle.getBytes());
        assertThat(imported.status()).as(imported.toString()).isLessThan(300);
        UUID patient = jdbc.sql("select id from patient where practice_id = ? and family_name = 'Whitlock'")
                .param(team.practice).query(UUID.class).single();

        JsonNode alert = onlyOpenEscalation(team.nurse, patient);
        assertThat(alert.get("triggers").size()).as("the reading from two years ago raises nothing").isEqualTo(1);
        assertThat(alert.get("triggers").get(0).get("detail").asString()).isEqualTo("BP 192/104 (≥180/≥120 mmHg)");
        assertThat(team.careManager.get(readings(patient) + "?kind=BLOOD_PRESSURE").json().get(0).get("source")
                .asString()).isEqualTo("EHR");
    }

    private static String fhirBp(String id, int systolic, int diastolic, OffsetDateTime at) {
        return """
                {"fullUrl":"urn:uuid:%s","resource":{"resourceType":"Observation","status":"final",
                 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],
                 "code":{"coding":[{"system":"http://loinc.org","code":"85354-9"}]},
                 "subject":{"reference":"urn:uuid:p1"},"effectiveDateTime":"%s",
                 "component":[
                  {"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},
                   "valueQuantity":{"value":%d,"unit":"mm[Hg]","system":"http://unitsofmeasure.org","code":"mm[Hg]"}},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},
                   "valueQuantity":{"value":%d,"unit":"mm[Hg]","system":"http://unitsofmeasure.org","code":"mm[Hg]"}}]}}"""
                .formatted(id, at, systolic, diastolic);
    }

    private static void assertRefused(CareTeam team, UUID patient, Map<String, ?> body, String field) {
        Api.Response refused = team.careManager.postJson(readings(patient), body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text()).as(refused.toString()).contains("\"" + field + "\"");
    }

    static String readings(UUID patient) {
        return "/api/patients/" + patient + "/readings";
    }

    static OffsetDateTime hoursAgo(int hours) {
        return OffsetDateTime.now().minusHours(hours).truncatedTo(ChronoUnit.SECONDS);
    }

    static Map<String, Object> bp(int systolic, int diastolic, OffsetDateTime takenAt) {
        return Map.of("kind", "BLOOD_PRESSURE", "systolic", systolic, "diastolic", diastolic, "unit", "mmHg",
                "takenAt", takenAt.toString(), "source", "PATIENT_REPORTED");
    }

    static Map<String, Object> reading(String kind, String value, String unit, OffsetDateTime takenAt) {
        return Map.of("kind", kind, "value", value, "unit", unit, "takenAt", takenAt.toString(),
                "source", "PATIENT_REPORTED");
    }

    static JsonNode onlyOpenEscalation(Api caller, UUID patient) {
        List<JsonNode> open = caller.get("/api/tasks?view=ALL&patient=" + patient).json().valueStream()
                .filter(task -> task.get("kind").asString().equals("ESCALATION")).toList();
        assertThat(open).as("open escalations of " + patient).hasSize(1);
        return open.get(0);
    }
}
