package org.careloop.caregap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.careloop.support.TestRecords;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareGapApiTests {

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

    static Map<String, Object> coded(String system, String code) {
        return Map.of("coding", List.of(Map.of("system", system, "code", code)));
    }

    static Map<String, Object> entry(Map<String, Object> resource) {
        return Map.of("resource", resource);
    }

    static List<Map<String, Object>> diabeticWoman() {
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(Map.of("resourceType", "Patient", "id", "p1", "birthDate", "1960-01-01", "gender", "female")));
        entries.add(entry(Map.of("resourceType", "Condition", "code", coded("http://snomed.info/sct", "44054006"),
                "clinicalStatus", coded("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
                "subject", Map.of("reference", "Patient/p1"), "onsetDateTime", "2015-05-01")));
        entries.add(entry(Map.of("resourceType", "Observation", "status", "final",
                "code", coded("http://loinc.org", "4548-4"), "subject", Map.of("reference", "Patient/p1"),
                "effectiveDateTime", "2026-01-10T09:30:00-05:00",
                "valueQuantity", Map.of("value", 7.2, "unit", "%"))));
        entries.add(entry(Map.of("resourceType", "Immunization", "status", "completed",
                "vaccineCode", coded("http://hl7.org/fhir/sid/cvx", "140"), "patient", Map.of("reference", "Patient/p1"),
                "occurrenceDateTime", "2025-10-01")));
        return entries;
    }

    static Map<String, Object> request(List<Map<String, Object>> entries) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", "2026-03-15");
        body.put("bundle", Map.of("resourceType", "Bundle", "type", "collection", "entry", entries));
        return body;
    }

    static JsonNode gap(JsonNode gaps, String measure) {
        for (JsonNode gap : gaps) {
            if (gap.get("measure").asString().equals(measure)) {
                return gap;
            }
        }
        throw new AssertionError("no " + measure);
    }

    @Test
    void evaluatingABundleListsEveryMeasureOnceAndStoresNothing() {
        long storedBefore = jdbc.sql("select count(*) from care_gap").query(Long.class).single();
        long auditedBefore = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        Api.Response evaluated = rivera.postJson("/api/care-gaps/evaluate", request(diabeticWoman()));

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        JsonNode gaps = evaluated.json().get("gaps");
        List<String> measures = new ArrayList<>();
        gaps.forEach(gap -> measures.add(gap.get("measure").asString()));
        assertThat(measures).hasSize(12).doesNotHaveDuplicates().contains("A1C_TEST", "DEPRESSION_SCREENING");
        assertThat(gap(gaps, "A1C_TEST").get("status").asString()).isEqualTo("SATISFIED");
        assertThat(gap(gaps, "A1C_TEST").get("nextDue").asString()).isEqualTo("2026-07-10");
        assertThat(gap(gaps, "A1C_CONTROL").get("evidence").get(0).get("value").asString()).isEqualTo("7.2 %");
        assertThat(gap(gaps, "FLU_VACCINE").get("status").asString()).isEqualTo("SATISFIED");
        assertThat(gap(gaps, "EYE_EXAM").get("status").asString()).isEqualTo("DUE");
        assertThat(gap(gaps, "EYE_EXAM").get("dueSince").asString()).isEqualTo("2015-05-01");
        assertThat(gap(gaps, "EYE_EXAM").get("explanation").asString()).contains("No Retinal or dilated eye exam");
        assertThat(jdbc.sql("select count(*) from care_gap").query(Long.class).single()).isEqualTo(storedBefore);
        assertThat(jdbc.sql("select count(*) from patient where birth_date = '1960-01-01' and family_name is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single())
                .as("no patient data of CareLoop's was read").isEqualTo(auditedBefore);
    }

    @Test
    void aBadEntryIsNamed() {
        List<Map<String, Object>> entries = diabeticWoman();
        entries.set(2, entry(Map.of("resourceType", "Observation", "status", "final",
                "code", coded("http://loinc.org", "4548-4"), "effectiveDateTime", "last Tuesday")));
        Api.Response refused = rivera.postJson("/api/care-gaps/evaluate", request(entries));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("bundle.entry[2]");

        List<Map<String, Object>> twoPatients = diabeticWoman();
        twoPatients.add(entry(Map.of("resourceType", "Patient", "id", "p2")));
        Api.Response second = rivera.postJson("/api/care-gaps/evaluate", request(twoPatients));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("bundle.entry[4]");

        Api.Response none = rivera.postJson("/api/care-gaps/evaluate", request(List.of(diabeticWoman().get(1))));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("detail").asString()).contains("no Patient");

        Map<String, Object> undated = request(diabeticWoman());
        undated.remove("asOf");
        assertThat(rivera.postJson("/api/care-gaps/evaluate", undated).json().get("errors").get(0).get("field").asString())
                .isEqualTo("asOf");
    }

    @Test
    void aStoredPatientsGapsAreScopedToThePracticeAndRecomputedWhenAScreenIsRecorded() {
        UUID patient = TestPatients.register(rivera, "Gapwell", "Imogen");

        Api.Response before = rivera.get("/api/patients/" + patient + "/care-gaps");
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json().get("gaps")).hasSize(12);
        assertThat(gap(before.json().get("gaps"), "DEPRESSION_SCREENING").get("status").asString()).isEqualTo("DUE");
        assertThat(okafor.get("/api/patients/" + patient + "/care-gaps").status()).isEqualTo(404);

        Api.Response screened = rivera.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-2", "answers", List.of(0, 1)));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(201);

        assertThat(jdbc.sql("select status from care_gap where patient_id = ? and measure = 'DEPRESSION_SCREENING'")
                .param(patient).query(String.class).single()).as("recomputed on the event, before any read")
                .isEqualTo("SATISFIED");
        JsonNode after = gap(rivera.get("/api/patients/" + patient + "/care-gaps").json().get("gaps"), "DEPRESSION_SCREENING");
        assertThat(after.get("status").asString()).isEqualTo("SATISFIED");
        assertThat(after.get("explanation").asString()).contains("PHQ-2");

        Api.Response csv = rivera.get("/api/care-gaps/report.csv?measure=DEPRESSION_SCREENING&status=SATISFIED");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("measure,status,patient_id,mrn,patient,due_since,next_due,explanation")
                .contains("DEPRESSION_SCREENING,SATISFIED," + patient + ",").contains("\"Gapwell, Imogen\"");
        assertThat(okafor.get("/api/care-gaps/report.csv?measure=DEPRESSION_SCREENING").text()).doesNotContain(patient.toString());
        assertThat(rivera.get("/api/care-gaps/report?measure=NOPE").status()).isEqualTo(400);

        WebSession web = WebSession.signIn(port, "cm.rivera", Api.DEMO_PASSWORD);
        assertThat(web.get("/care-gaps?measure=DEPRESSION_SCREENING&status=SATISFIED").body()).contains("Gapwell, Imogen");
        String summary = web.get("/patients/" + patient + "?tab=summary").body();
        assertThat(summary).contains("Open care gaps").contains("Tetanus booster (Td or Tdap)")
                .doesNotContain("Depression screening (PHQ-2 or PHQ-9)");
        assertThat(rivera.get("/api/care-gaps/report?status=OPEN").status()).isEqualTo(400);
    }

    @Test
    void aBloodPressureReadOutOnThePhoneClosesTheBloodPressureGapBeforeAnyoneLooks() {
        // found two defects: readings did not trigger a recompute, and stored patients' blood pressures were never
        // loaded (the rule reads its panel and component value sets by name, which the loader did not know)
        UUID patient = TestPatients.register(rivera, "Pressley", "Ruth");
        jdbc.sql("""
                insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status)
                values (gen_random_uuid(), ?, '38341003', 'http://snomed.info/sct', '38341003', 'Hypertension', 'active')""")
                .param(patient).update();
        assertThat(gap(rivera.get("/api/patients/" + patient + "/care-gaps").json().get("gaps"), "BP_CONTROL")
                .get("status").asString()).isEqualTo("DUE");

        Api.Response reading = rivera.postJson("/api/patients/" + patient + "/readings", Map.of("kind", "BLOOD_PRESSURE",
                "systolic", 128, "diastolic", 78, "unit", "mmHg", "takenAt",
                java.time.OffsetDateTime.now().minusHours(1).toString(), "source", "PATIENT_REPORTED"));
        assertThat(reading.status()).as(reading.toString()).isEqualTo(201);

        assertThat(jdbc.sql("select status from care_gap where patient_id = ? and measure = 'BP_CONTROL'")
                .param(patient).query(String.class).single()).as("recomputed on the reading, before any read")
                .isEqualTo("SATISFIED");
    }

    @Test
    void aStoredDiabeticIsHeldToTheHbA1cGoalOfTheirCarePlan() {
        // defect: stored patients were evaluated without their care-plan goals, so "HbA1c < 7 %" never applied
        UUID patient = TestPatients.register(rivera, Map.of("familyName", "Goalby", "givenNames", "Hattie",
                "birthDate", "1961-09-14"));
        TestRecords.diabetes(jdbc, patient);
        TestRecords.hba1c(jdbc, patient, "7.5", "20 days");
        JsonNode withoutGoal = gap(rivera.get("/api/patients/" + patient + "/care-gaps").json().get("gaps"), "A1C_CONTROL");
        assertThat(withoutGoal.get("status").asString()).as(withoutGoal.toString()).isEqualTo("SATISFIED");

        TestPatients.startCarePlan(rivera, patient, "CCM", "diabetes");

        assertThat(jdbc.sql("select status from care_gap where patient_id = ? and measure = 'A1C_CONTROL'")
                .param(patient).query(String.class).single()).as("recomputed when the plan set the goal, before any read")
                .isEqualTo("DUE");
        JsonNode withGoal = gap(rivera.get("/api/patients/" + patient + "/care-gaps").json().get("gaps"), "A1C_CONTROL");
        assertThat(withGoal.get("status").asString()).isEqualTo("DUE");
        assertThat(withGoal.get("explanation").asString()).as(withGoal.toString()).contains("care-plan goal");
    }

    @Test
    void theNightlySweepIsScheduledOnceForAllInstances() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'care-gap-sweep'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theWorklistSaysWhichGapIsOverdueSinceWhen() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Care gap practice");
        UUID patient = team.enrolledPatient("Overdue", "Olive");
        team.careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-2", "answers", List.of(0, 0)));

        JsonNode row = team.careManager.get("/api/worklist").json().valueStream()
                .filter(r -> r.get("patientId").asString().equals(patient.toString())).findFirst().orElseThrow();

        List<String> reasons = row.get("reasons").valueStream().map(JsonNode::asString).toList();
        List<String> open = team.careManager.get("/api/patients/" + patient + "/care-gaps").json().get("gaps")
                .valueStream().filter(gap -> gap.get("status").asString().equals("DUE"))
                .map(gap -> gap.get("measure").asString()).toList();
        List<String> gapReasons = reasons.stream()
                .filter(reason -> reason.contains(" overdue since ") || reason.endsWith(" due, none on record")).toList();
        assertThat(gapReasons).as("the three first gaps in the measures' order, the rest counted").hasSize(3)
                .anyMatch(reason -> reason.startsWith("Flu vaccine overdue since Jul 1"))
                .anyMatch(reason -> reason.equals("Pneumococcal vaccine due, none on record"))
                .as("no date from the day the patient turned 18 or 50").noneMatch(reason -> reason.contains("since 19"));
        assertThat(reasons).noneMatch(reason -> reason.startsWith("Depression screen"))
                .contains("+" + (open.size() - 3) + " more care gap" + (open.size() - 3 == 1 ? "" : "s") + " on the chart");
    }

    @Test
    void anImportedChartIsEvaluatedOnArrivalAsTheWhatIfEvaluationWouldHaveIt() throws Exception {
        Api.Response directory = rivera.post("/fhir", "application/fhir+json", fixture("directory.json.gz"));
        assertThat(directory.status()).as(directory.toString()).isEqualTo(200);
        byte[] bundle = fixture("6e145fa4-48b7-bf76-3c3c-b784d46adf95.json.gz");
        Api.Response imported = rivera.post("/fhir", "application/fhir+json", bundle);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        // the patient the import stored (or updated, when another test imported the same chart first)
        UUID patient = imported.json().get("entry").valueStream()
                .map(entry -> entry.get("response").get("location").asString())
                .filter(location -> location.startsWith("Patient/"))
                .map(location -> UUID.fromString(location.split("/")[1])).findFirst().orElseThrow();
        Map<String, String> stored = new LinkedHashMap<>();
        jdbc.sql("select measure, status from care_gap where patient_id = ?").param(patient)
                .query(rs -> {
                    stored.put(rs.getString("measure"), rs.getString("status"));
                });
        assertThat(stored).as("recomputed when the import stored the chart").hasSize(12);

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("asOf", jdbc.sql("select max(evaluated_on) from care_gap where patient_id = ?").param(patient)
                .query(String.class).single());
        request.put("bundle", tools.jackson.databind.json.JsonMapper.builder().build().readTree(bundle));
        Map<String, String> evaluated = new LinkedHashMap<>();
        rivera.postJson("/api/care-gaps/evaluate", request).json().get("gaps").forEach(gap ->
                evaluated.put(gap.get("measure").asString(), gap.get("status").asString()));
        assertThat(evaluated).isEqualTo(stored);
    }

    @Test
    void anOpenGapBecomesACarePlanInterventionInOneClick() {
        UUID patient = TestPatients.register(rivera, "Planwell", "Hugo");
        String plan = TestPatients.startCarePlan(rivera, patient, "CCM", "diabetes");
        WebSession web = WebSession.signIn(port, "cm.rivera", Api.DEMO_PASSWORD);
        assertThat(web.get("/patients/" + patient + "?tab=summary").body())
                .contains("/patients/" + patient + "/care-gaps/TD_BOOSTER/intervention");

        assertThat(web.post("/patients/" + patient + "/care-gaps/TD_BOOSTER/intervention", Map.of()).statusCode())
                .isEqualTo(302);

        JsonNode interventions = rivera.get("/api/care-plans/" + plan).json().get("content").get("interventions");
        assertThat(interventions.valueStream().map(i -> i.get("description").asString()))
                .anyMatch(text -> text.startsWith("Close care gap: Tetanus booster (Td or Tdap)"));
        assertThat(web.post("/patients/" + patient + "/care-gaps/NOPE/intervention", Map.of()).statusCode())
                .as("a gap that is not open adds nothing").isEqualTo(302);
        assertThat(rivera.get("/api/care-plans/" + plan).json().get("content").get("interventions").size())
                .isEqualTo(interventions.size());
    }

    @Test
    void aRecordedDeathClosesEveryGap() {
        UUID patient = TestPatients.register(rivera, "Lately", "Mabel");
        assertThat(rivera.get("/api/patients/" + patient + "/care-gaps").status()).isEqualTo(200);

        Api.Response died = rivera.postJson("/api/patients/" + patient + "/death",
                Map.of("diedOn", "2026-01-02", "source", "daughter phoned"));
        assertThat(died.status()).as(died.toString()).isEqualTo(200);

        assertThat(jdbc.sql("select distinct status from care_gap where patient_id = ?").param(patient)
                .query(String.class).list()).containsExactly("NOT_APPLICABLE");
        assertThat(rivera.get("/api/care-gaps/report?status=DUE").text()).doesNotContain(patient.toString());
    }

    private byte[] fixture(String name) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(getClass().getResourceAsStream("/fhir/" + name))) {
            return in.readAllBytes();
        }
    }
}
