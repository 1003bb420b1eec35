package org.careloop.medication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.identity.ActingStaff;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care manager reconciles a heart-failure patient's list on which the EHR shows lisinopril, losartan and
 * sacubitril/valsartan active together: the unreconciled list warns of the duplicate class; the reconciliation
 * answers each medication, adds what the patient reports and signs list 1, logging the minutes as medication
 * reconciliation time; the earlier state is kept and a stale reconciliation changes nothing. Bad answers are refused
 * naming the field; another practice's user reaches nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class MedicationReconciliationTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirContext fhir;

    @Autowired
    ActingStaff acting;

    @Autowired
    MedicationReconciliation reconciliation;

    @Test
    void theEhrListWithThreeDrugsOfTheRaasIsUnreconciledAndWarnsOfTheDuplicateClass() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Medication practice");
        UUID patient = team.enrolledPatient("Considine", "Rosa");
        Map<String, UUID> rows = heartFailureList(patient);
        prescription(patient, "723", "Amoxicillin 250 MG Oral Capsule", "stopped");

        JsonNode current = team.careManager.get(medications(patient)).json();

        assertThat(current.get("version").asInt()).isZero();
        assertThat(current.get("reconciled").asBoolean()).isFalse();
        assertThat(current.get("medications").valueStream().map(m -> m.get("name").asString()))
                .containsExactlyInAnyOrder("lisinopril 10 MG Oral Tablet", "losartan potassium 50 MG Oral Tablet",
                        "sacubitril 49 MG / valsartan 51 MG Oral Tablet");
        assertThat(current.get("medications").valueStream().map(m -> m.get("id").asString()))
                .containsExactlyInAnyOrderElementsOf(rows.values().stream().map(UUID::toString).toList());
        JsonNode warning = current.get("warnings").get(0);
        assertThat(current.get("warnings").size()).isEqualTo(1);
        assertThat(warning.get("check").asString()).isEqualTo("DuplicateTherapy");
        assertThat(warning.get("title").asString()).isEqualTo("ACE inhibitor + ARB/ARNI");
        assertThat(warning.get("message").asString()).contains("lisinopril 10 MG Oral Tablet", "losartan potassium",
                "sacubitril 49 MG / valsartan 51 MG Oral Tablet", "are all active");
        assertThat(warning.get("source").asString()).contains("2022 AHA/ACC/HFSA");
    }

    @Test
    void aReconciliationSignsListOneLogsItsMinutesAndKeepsTheAnswers() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Reconciling practice");
        UUID patient = team.enrolledPatient("Rippin", "Arlo");
        Map<String, UUID> rows = heartFailureList(patient);

        Api.Response signed = team.careManager.postJson(reconciliations(patient), reconciliation(0, rows, 12));

        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        JsonNode list = signed.json();
        assertThat(list.get("number").asInt()).isEqualTo(1);
        assertThat(list.get("reconciledOn").asString()).isEqualTo(LocalDate.now(CareTeam.ZONE).toString());
        assertThat(list.get("signedBy").asString()).isEqualTo(team.careManagerId.toString());
        assertThat(list.get("minutes").asInt()).isEqualTo(12);
        assertThat(list.get("medications").valueStream().map(m -> m.get("name").asString() + ": "
                + m.path("answer").asString("reported"))).containsExactly(
                "lisinopril 10 MG Oral Tablet: STOPPED_BY_CLINICIAN", "losartan potassium 50 MG Oral Tablet: NOT_TAKING",
                "sacubitril 49 MG / valsartan 51 MG Oral Tablet: TAKING_DIFFERENTLY", "atorvastatin: reported",
                "Vitamin D3 1000 unit: reported");
        assertThat(list.get("medications").get(3).get("rxnormCode").asString())
                .as("a plain ingredient name is coded from the class table").isEqualTo("83367");
        assertThat(list.get("medications").get(2).get("barriers").valueStream().map(JsonNode::asString))
                .containsExactly("COST", "FORGETTING");
        assertThat(jdbc.sql("select activity || ' ' || program || ' ' || minutes || ' ' || staff_id from time_entry where id = ?")
                .param(UUID.fromString(list.get("timeEntryId").asString())).query(String.class).single())
                .isEqualTo("MEDICATION_RECONCILIATION CCM 12 " + team.careManagerId);

        JsonNode current = team.careManager.get(medications(patient)).json();
        assertThat(current.get("version").asInt()).isEqualTo(1);
        assertThat(current.get("reconciledBy").asString()).startsWith("Casey " + team.tag);
        assertThat(current.get("medications").valueStream().map(m -> m.get("name").asString()))
                .as("the medication a clinician stopped leaves the list").containsExactly(
                        "losartan potassium 50 MG Oral Tablet", "sacubitril 49 MG / valsartan 51 MG Oral Tablet",
                        "atorvastatin", "Vitamin D3 1000 unit");
        assertThat(current.get("warnings").size()).as("losartan is not taken: no duplicate left").isZero();

        JsonNode history = team.careManager.get("/api/patients/" + patient + "/medication-lists").json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("current").asBoolean()).isTrue();
        assertThat(history.get(0).get("note").asString()).isEqualTo("Reviewed with the patient's son");
    }

    @Test
    void aReconciliationBasedOnAListSignedMeanwhileIsRefusedAndChangesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Stale practice");
        UUID patient = team.enrolledPatient("Quist", "Ada");
        Map<String, UUID> rows = heartFailureList(patient);
        assertThat(team.nurse.postJson(reconciliations(patient), reconciliation(0, rows, null)).status()).isEqualTo(201);

        Api.Response stale = team.careManager.postJson(reconciliations(patient), reconciliation(0, rows, 5));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(stale.json().get("detail").asString()).contains("version 1");
        assertThat(team.careManager.get("/api/patients/" + patient + "/medication-lists").json().size()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from time_entry where patient_id = ?").param(patient).query(Long.class)
                .single()).as("no minutes logged for the refused reconciliation").isZero();
    }

    @Test
    void badAnswersAreRefusedNamingTheFieldAndNothingIsSigned() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Refusing practice");
        UUID patient = team.enrolledPatient("Haug", "Lene");
        Map<String, UUID> rows = heartFailureList(patient);

        Map<String, Object> missingReason = reconciliation(0, rows, 10);
        answers(missingReason).get(1).remove("reason");
        assertRefused(team, patient, missingReason, "answers[1].reason", "not taking");

        Map<String, Object> unknownAnswer = reconciliation(0, rows, 10);
        answers(unknownAnswer).get(0).put("answer", "MAYBE");
        assertRefused(team, patient, unknownAnswer, "answers[0].answer", "TAKING_AS_PRESCRIBED");

        Map<String, Object> unknownBarrier = reconciliation(0, rows, 10);
        answers(unknownBarrier).get(2).put("barriers", List.of("COST", "WEATHER"));
        assertRefused(team, patient, unknownBarrier, "answers[2].barriers[1]", "SIDE_EFFECTS");

        Map<String, Object> unanswered = reconciliation(0, rows, 10);
        answers(unanswered).remove(2);
        assertRefused(team, patient, unanswered, "answers", "sacubitril 49 MG / valsartan 51 MG Oral Tablet");

        Map<String, Object> twice = reconciliation(0, rows, 10);
        answers(twice).get(2).put("medicationId", rows.get("lisinopril").toString());
        assertRefused(team, patient, twice, "answers[2].medicationId", "answers[0]");

        Map<String, Object> stranger = reconciliation(0, rows, 10);
        answers(stranger).get(0).put("medicationId", UUID.randomUUID().toString());
        assertRefused(team, patient, stranger, "answers[0].medicationId", "current list");

        Map<String, Object> badCode = reconciliation(0, rows, 10);
        badCode.put("newMedications", List.of(Map.of("name", "Fish oil"), Map.of("name", "Aspirin", "rxnormCode", "ASA")));
        assertRefused(team, patient, badCode, "newMedications[1].rxnormCode", "RxNorm");

        Map<String, Object> noName = reconciliation(0, rows, 10);
        noName.put("newMedications", List.of(Map.of("dose", "1 daily")));
        assertRefused(team, patient, noName, "newMedications[0].name", "required");

        assertRefused(team, patient, reconciliation(0, rows, 0), "minutes", "between 1 and 240");
        assertRefused(team, patient, reconciliation(0, rows, 241), "minutes", "between 1 and 240");

        Map<String, Object> noVersion = reconciliation(0, rows, 10);
        noVersion.remove("version");
        assertRefused(team, patient, noVersion, "version", "required");

        Map<String, Object> badProgram = reconciliation(0, rows, 10);
        badProgram.put("program", "TCM");
        assertRefused(team, patient, badProgram, "program", "CCM");

        assertThat(jdbc.sql("select count(*) from time_entry where patient_id = ?").param(patient).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anotherPracticesUserCannotReconcileAndABillerMayNot() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Own practice");
        CareTeam other = CareTeam.hire(port, practices, staff, "Other practice");
        UUID patient = team.enrolledPatient("Lindgren", "Maj");
        Map<String, UUID> rows = heartFailureList(patient);

        Api.Response stranger = other.careManager.postJson(reconciliations(patient), reconciliation(0, rows, 10));
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);
        assertThat(other.careManager.get(medications(patient)).status()).isEqualTo(404);
        assertThat(other.careManager.get("/api/patients/" + patient + "/medication-lists").status()).isEqualTo(404);
        org.careloop.support.WebSession web = other.signIn(other.careManagerUsername());
        web.get("/worklist");
        assertThat(web.post("/patients/" + patient + "/medications/reconcile",
                Map.of("version", "0", "answers[0].medicationId", rows.get("lisinopril").toString(),
                        "answers[0].answer", "TAKING_AS_PRESCRIBED")).statusCode()).isEqualTo(404);

        Api.Response biller = team.biller().postJson(reconciliations(patient), reconciliation(0, rows, null));
        assertThat(biller.status()).as(biller.toString()).isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from medication_list where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select outcome from audit_event where patient_id = ? and resource_type = 'MedicationList' "
                + "and action = 'CREATE' order by id").param(patient).query(String.class).list())
                .as("the strangers' attempts are on the trail, refused").containsExactly("NOT_FOUND", "NOT_FOUND");
    }

    @Test
    void anEhrPrescriptionArrivingAfterTheReconciliationIsOfferedAsNewAndAStoppedOneStaysOff() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Later import practice");
        UUID patient = team.enrolledPatient("Moreau", "Celine");
        Map<String, UUID> rows = heartFailureList(patient);
        team.careManager.postJson(reconciliations(patient), reconciliation(0, rows, null));

        UUID metoprolol = prescription(patient, "866924", "24 HR metoprolol succinate 25 MG Extended Release Oral Tablet",
                "active");
        JsonNode current = team.careManager.get(medications(patient)).json();

        assertThat(current.get("medications").valueStream().filter(m -> m.get("id").asString().equals(metoprolol.toString())))
                .singleElement().satisfies(m -> {
                    assertThat(m.get("reviewed").asBoolean()).isFalse();
                    assertThat(m.get("drugClasses").get(0).asString()).isEqualTo("beta blocker");
                });
        assertThat(current.get("medications").valueStream().map(m -> m.get("name").asString()))
                .doesNotContain("lisinopril 10 MG Oral Tablet");
    }

    @Test
    void aPrescriptionWhoseSupplyRanOutInTheEhrBundleIsARefillDue() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Refill practice");
        String mrn = "RF" + team.tag;
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Patient patient = new Patient();
        patient.setId("Patient/refill-" + team.tag);
        patient.addIdentifier(new Identifier().setValue(mrn).setType(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", null))));
        patient.addName().setFamily("Refill").addGiven("Rita");
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1947-05-06"));
        bundle.addEntry().setResource(patient);
        MedicationRequest lisinopril = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
                .setIntent(MedicationRequest.MedicationRequestIntent.ORDER)
                .setMedication(new CodeableConcept(new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "314076",
                        "lisinopril 10 MG Oral Tablet")))
                .setSubject(new Reference("Patient/refill-" + team.tag))
                .setAuthoredOnElement(new DateTimeType(LocalDate.now(CareTeam.ZONE).minusDays(40).toString()));
        lisinopril.getDispenseRequest().setNumberOfRepeatsAllowed(0)
                .setValidityPeriod(new Period().setStartElement(new DateTimeType(
                        LocalDate.now(CareTeam.ZONE).minusDays(40).toString())))
                .setExpectedSupplyDuration((Duration) new Duration().setValue(30).setUnit("days")
                        .setSystem("http://unitsofmeasure.org").setCode("d"));
        lisinopril.setId("MedicationRequest/refill-" + team.tag);
        bundle.addEntry().setResource(lisinopril);
        Api.Response imported = team.careManager.post("/fhir", "application/fhir+json",
                fhir.newJsonParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        UUID patientId = jdbc.sql("select id from patient where mrn = ? and practice_id = ?").params(mrn, team.practice)
                .query(UUID.class).single();

        JsonNode warnings = team.careManager.get(medications(patientId)).json().get("warnings");

        assertThat(warnings.size()).isEqualTo(1);
        assertThat(warnings.get(0).get("check").asString()).isEqualTo("RefillsDue");
        assertThat(warnings.get(0).get("message").asString()).startsWith("Refill due since ")
                .contains("lisinopril 10 MG Oral Tablet").contains("was for 30 days with no refills");
    }

    @Test
    void aSignedListIsAnnouncedForTheTransitionsMedicationReconciliation(ApplicationEvents events) {
        CareTeam team = CareTeam.hire(port, practices, staff, "Announcing practice");
        UUID patient = team.enrolledPatient("Ek", "Sven");
        Map<String, UUID> rows = heartFailureList(patient);

        MedicationList signed = acting.as(team.nurseUsername(), () -> reconciliation.reconcile(patient,
                new Reconciliation(0, rows.values().stream().map(id -> new Reconciliation.Answer(id,
                        "TAKING_AS_PRESCRIBED", null, List.of())).toList(), List.of(), null, null, null)));

        assertThat(events.stream(MedicationsReconciled.class)).singleElement().satisfies(event -> {
            assertThat(event.patientId()).isEqualTo(patient);
            assertThat(event.practiceId()).isEqualTo(team.practice);
            assertThat(event.reconciliationId()).isEqualTo(signed.id());
            assertThat(event.reconciledOn()).isEqualTo(signed.reconciledOn());
            assertThat(event.reconciledBy()).isEqualTo(team.nurseId);
        });
    }

    private void assertRefused(CareTeam team, UUID patient, Map<String, Object> body, String field, String says) {
        Api.Response refused = team.careManager.postJson(reconciliations(patient), body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream()
                .filter(error -> error.get("field").asString().equals(field)))
                .as("%s names %s", refused, field).singleElement()
                .satisfies(error -> assertThat(error.get("message").asString()).contains(says));
        assertThat(jdbc.sql("select count(*) from medication_list where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    /** Lisinopril, losartan and sacubitril/valsartan, active in the EHR's record of the patient. */
    private Map<String, UUID> heartFailureList(UUID patient) {
        Map<String, UUID> rows = new java.util.LinkedHashMap<>();
        rows.put("lisinopril", prescription(patient, "314076", "lisinopril 10 MG Oral Tablet", "active"));
        rows.put("losartan", prescription(patient, "979485", "losartan potassium 50 MG Oral Tablet", "active"));
        rows.put("entresto", prescription(patient, "1656349", "sacubitril 49 MG / valsartan 51 MG Oral Tablet", "active"));
        return rows;
    }

    private UUID prescription(UUID patient, String rxnorm, String display, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into medication (id, patient_id, source_type, rxnorm_code, display, dose, status, intent, authored_at)
                values (?, ?, 'MedicationRequest', ?, ?, '1 tablet once a day', ?, 'order', now() - interval '20 days')""")
                .params(id, patient, rxnorm, display, status).update();
        return id;
    }

    /** Lisinopril stopped by the cardiologist, losartan not taken, sacubitril/valsartan taken once a day, two reported. */
    private static Map<String, Object> reconciliation(int version, Map<String, UUID> rows, Integer minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("answers", new java.util.ArrayList<>(List.of(
                answer(rows.get("lisinopril"), "STOPPED_BY_CLINICIAN", "Cardiologist stopped it when Entresto started", List.of()),
                answer(rows.get("losartan"), "NOT_TAKING", "Ran out; thought Entresto replaced it", List.of("ACCESS")),
                answer(rows.get("entresto"), "TAKING_DIFFERENTLY", "Once a day instead of twice", List.of("COST", "FORGETTING")))));
        body.put("newMedications", List.of(Map.of("name", "atorvastatin", "dose", "40 mg at night"),
                Map.of("name", "Vitamin D3 1000 unit", "note", "over the counter")));
        if (minutes != null) {
            body.put("minutes", minutes);
        }
        body.put("note", "Reviewed with the patient's son");
        return body;
    }

    private static Map<String, Object> answer(UUID medication, String answer, String reason, List<String> barriers) {
        Map<String, Object> given = new HashMap<>();
        given.put("medicationId", medication.toString());
        given.put("answer", answer);
        given.put("reason", reason);
        given.put("barriers", barriers);
        return given;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> answers(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("answers");
    }

    private static String medications(UUID patient) {
        return "/api/patients/" + patient + "/medication-list";
    }

    private static String reconciliations(UUID patient) {
        return "/api/patients/" + patient + "/medication-reconciliations";
    }
}
