package org.careloop.transition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.careloop.calendar.BusinessDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hospital's notice of a recent discharge home opens a transition with its deadlines, a call on the care manager's
 * task list and the top line of the worklist; calls, attempts and the provider's visit move it along; old stays,
 * stays ending in a facility and cancelled stays open nothing or withdraw it; another practice cannot see or change it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransitionWorkflowTests {

    static final DischargeDisposition HOME = new DischargeDisposition("HL7_0112", "01", "Discharged to home or self care");

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    static LocalDate today() {
        return LocalDate.now(CareTeam.ZONE);
    }

    @Test
    void aRecentDischargeHomeOpensATransitionWithItsDeadlinesACallTaskAndTheTopOfTheWorklist() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Discharge practice");
        UUID enrolled = team.enrolledPatient("Abbott", "Ann");
        UUID patient = team.patient("Zeller", "Hana");
        LocalDate discharged = today().minusDays(1);
        discharge(team, patient, "V-100", discharged, HOME);

        JsonNode transition = onlyTransition(team.careManager, patient);
        assertThat(transition.get("kind").asString()).isEqualTo("DISCHARGE");
        assertThat(transition.get("facility").asString()).isEqualTo("Mercy General");
        assertThat(transition.get("admittedOn").asString()).isEqualTo(discharged.minusDays(4).toString());
        assertThat(transition.get("dischargedOn").asString()).isEqualTo(discharged.toString());
        assertThat(transition.get("contactDueBy").asString()).isEqualTo(BusinessDays.after(discharged, 2).toString());
        assertThat(transition.get("faceToFaceDueBy").asString()).isEqualTo(discharged.plusDays(14).toString());
        assertThat(transition.get("highComplexityVisitBy").asString()).isEqualTo(discharged.plusDays(7).toString());
        assertThat(transition.get("status").asString()).isEqualTo("OPEN");
        assertThat(transition.get("attempts").size()).isZero();
        assertThat(transition.get("diagnoses").get(0).get("code").asString()).isEqualTo("I50.9");
        assertThat(transition.get("version").asInt()).isEqualTo(1);

        JsonNode task = onlyOpenTask(team.careManager, patient);
        assertThat(task.get("title").asString()).startsWith("Transition call: discharged ").endsWith(" from Mercy General");
        assertThat(task.get("ownerId").asString()).isEqualTo(team.careManagerId.toString());
        assertThat(task.get("dueOn").asString()).isEqualTo(transition.get("contactDueBy").asString());
        assertThat(task.get("priority").asString()).isEqualTo("URGENT");

        JsonNode worklist = team.careManager.get("/api/worklist").json();
        assertThat(worklist.get(0).get("patientId").asString()).as("the transition comes first").isEqualTo(patient.toString());
        assertThat(worklist.get(0).get("reasons").get(0).asString())
                .matches("Discharged \\w{3} from Mercy General — contact by \\w{3}");
        assertThat(worklist.get(0).get("programs").toString()).contains("TCM (transition)");
        assertThat(worklist.valueStream().map(entry -> entry.get("patientId").asString())).contains(enrolled.toString());
    }

    @Test
    void aReachedCallIsTheContactClosesTheCallTaskAndLeavesTheVisitOnTheWorklist() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Contact practice");
        UUID patient = team.patient("Quist", "Lena");
        discharge(team, patient, "V-200", today().minusDays(1), HOME);

        Api.Response call = team.careManager.postJson("/api/patients/" + patient + "/interactions",
                Map.of("kind", "OUTBOUND_CALL", "outcome", "REACHED", "topics", List.of("medications")));
        assertThat(call.status()).as(call.toString()).isEqualTo(201);

        JsonNode transition = onlyTransition(team.careManager, patient);
        assertThat(transition.get("contactMadeOn").asString()).isEqualTo(today().toString());
        assertThat(transition.get("contactRequirementMet").asBoolean()).isTrue();
        assertThat(transition.get("status").asString()).isEqualTo("CONTACTED");
        assertThat(team.careManager.get("/api/tasks?view=MINE&openOnly=false&patient=" + patient).json().get(0)
                .get("status").asString()).isEqualTo("DONE");
        assertThat(team.careManager.get("/api/worklist").json().get(0).get("reasons").get(0).asString())
                .contains("face-to-face visit by");
    }

    @Test
    void twoUnansweredCallsOnTheTransitionAreDocumentedAttemptsAndAStaleVersionIsRefused() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Attempt practice");
        UUID patient = team.patient("Ruiz", "Tomas");
        discharge(team, patient, "V-300", today().minusDays(1), HOME);
        JsonNode opened = onlyTransition(team.careManager, patient);
        String path = "/api/transitions/" + opened.get("id").asString() + "/contacts";

        Api.Response first = team.careManager.postJson(path, Map.of("version", 1, "kind", "OUTBOUND_CALL",
                "outcome", "NO_ANSWER", "notes", "No answer, no voicemail set up"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("attempts").size()).isEqualTo(1);
        assertThat(first.json().get("status").asString()).isEqualTo("OPEN");

        Api.Response stale = team.careManager.postJson(path, Map.of("version", 1, "kind", "OUTBOUND_CALL",
                "outcome", "LEFT_VOICEMAIL"));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response second = team.careManager.postJson(path, Map.of("version", first.json().get("version").asInt(),
                "kind", "OUTBOUND_CALL", "outcome", "LEFT_VOICEMAIL"));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("status").asString()).isEqualTo("ATTEMPTS_DOCUMENTED");
        assertThat(second.json().get("contactRequirementMet").asBoolean()).isTrue();
        assertThat(second.json().get("attempts").valueStream().map(a -> a.get("inWindow").asBoolean())).containsOnly(true);
        assertThat(team.careManager.get("/api/patients/" + patient + "/interactions").json().size())
                .as("each attempt is also a contact in the patient's history").isEqualTo(2);

        Api.Response notACall = team.careManager.postJson(path, Map.of("version", second.json().get("version").asInt(),
                "kind", "INBOUND_MESSAGE", "outcome", "REACHED"));
        assertThat(notACall.status()).isEqualTo(400);
        assertThat(notACall.text()).contains("kind");
    }

    @Test
    void aProviderRecordsTheFaceToFaceVisitAndRefusedRequestsChangeNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Visit practice");
        UUID patient = team.patient("Sato", "Kenji");
        LocalDate discharged = today().minusDays(3);
        discharge(team, patient, "V-400", discharged, HOME);
        String path = "/api/transitions/" + onlyTransition(team.careManager, patient).get("id").asString() + "/face-to-face";

        Api.Response careManager = team.careManager.postJson(path, Map.of("version", 1,
                "visitedOn", today().toString(), "complexity", "HIGH"));
        assertThat(careManager.status()).isEqualTo(403);
        Api.Response beforeDischarge = team.provider.postJson(path, Map.of("version", 1,
                "visitedOn", discharged.minusDays(1).toString(), "complexity", "HIGH"));
        assertThat(beforeDischarge.status()).isEqualTo(400);
        assertThat(beforeDischarge.text()).contains("visitedOn");
        Map<String, Object> noComplexity = new HashMap<>(Map.of("version", 1, "visitedOn", today().toString()));
        Api.Response missing = team.provider.postJson(path, noComplexity);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("complexity");
        Api.Response unknown = team.provider.postJson(path, Map.of("version", 1, "visitedOn", today().toString(),
                "complexity", "EXTREME"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("complexity");
        Api.Response stale = team.provider.postJson(path, Map.of("version", 9, "visitedOn", today().toString(),
                "complexity", "HIGH"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(onlyTransition(team.careManager, patient).get("version").asInt()).as("nothing changed").isEqualTo(1);

        Api.Response seen = team.provider.postJson(path, Map.of("version", 1, "visitedOn", today().toString(),
                "complexity", "HIGH"));
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().get("faceToFaceOn").asString()).isEqualTo(today().toString());
        assertThat(seen.json().get("complexity").asString()).isEqualTo("HIGH");
        assertThat(seen.json().get("status").asString()).isEqualTo("SEEN");
        Api.Response again = team.provider.postJson(path, Map.of("version", 2, "visitedOn", today().toString(),
                "complexity", "MODERATE"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("already recorded");
    }

    @Test
    void anotherPracticesUserFindsNoTransitionAndChangesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Own practice");
        CareTeam stranger = CareTeam.hire(port, practices, staff, "Other practice");
        UUID patient = team.patient("Ward", "Ines");
        discharge(team, patient, "V-500", today().minusDays(1), HOME);
        String id = onlyTransition(team.careManager, patient).get("id").asString();

        assertThat(stranger.careManager.get("/api/transitions/" + id).status()).isEqualTo(404);
        assertThat(stranger.careManager.get("/api/patients/" + patient + "/transitions").status()).isEqualTo(404);
        assertThat(stranger.careManager.postJson("/api/transitions/" + id + "/contacts", Map.of("version", 1,
                "kind", "OUTBOUND_CALL", "outcome", "REACHED")).status()).isEqualTo(404);
        assertThat(stranger.provider.postJson("/api/transitions/" + id + "/face-to-face", Map.of("version", 1,
                "visitedOn", today().toString(), "complexity", "HIGH")).status()).isEqualTo(404);
        assertThat(stranger.careManager.postJson("/api/transitions/" + UUID.randomUUID() + "/contacts",
                Map.of("version", 1, "kind", "OUTBOUND_CALL", "outcome", "REACHED")).status()).isEqualTo(404);

        JsonNode unchanged = onlyTransition(team.careManager, patient);
        assertThat(unchanged.get("version").asInt()).isEqualTo(1);
        assertThat(unchanged.get("contactMadeOn").isNull()).isTrue();
        assertThat(team.careManager.get("/api/patients/" + patient + "/interactions").json().size()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id is null and resource_type = 'Transition'"
                + " and resource_id = ? and outcome = 'NOT_FOUND'").param(id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aDischargeOlderThan30DaysIsHistoryAndOneToASkilledNursingFacilityOpensNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "History practice");
        UUID patient = team.patient("Old", "Otto");
        discharge(team, patient, "V-600", today().minusDays(31), HOME);
        discharge(team, patient, "V-601", today().minusDays(2),
                new DischargeDisposition("HL7_0112", "03", "Discharged to skilled nursing facility"));
        discharge(team, patient, "V-602", today().minusDays(2), new DischargeDisposition("FHIR", "hosp", "Hospice"));
        assertThat(team.careManager.get("/api/patients/" + patient + "/transitions").json().size()).isZero();
        assertThat(team.careManager.get("/api/tasks?view=ALL&patient=" + patient).json().size()).isZero();

        discharge(team, patient, "V-603", today().minusDays(30), HOME);
        assertThat(onlyTransition(team.careManager, patient).get("status").asString())
                .as("day 30 is still recent; its contact window has long passed").isEqualTo("MISSED");
    }

    @Test
    void aCancelledAdmissionOrDischargeWithdrawsTheTransitionAndCancelsItsCall() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Cancel practice");
        UUID patient = team.patient("Vance", "Iris");
        UUID other = team.patient("Yoon", "Min");
        discharge(team, patient, "V-700", today().minusDays(1), HOME);
        discharge(team, other, "V-701", today().minusDays(1), HOME);

        notice(team, patient, Notice.DISCHARGE_CANCELLED, EncounterClass.INPATIENT, "V-700", null, null);
        notice(team, other, Notice.ADMISSION_CANCELLED, EncounterClass.INPATIENT, "V-701", null, null);

        for (UUID cancelled : List.of(patient, other)) {
            JsonNode transition = onlyTransition(team.careManager, cancelled);
            assertThat(transition.get("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(transition.get("withdrawnBecause").asString()).contains("cancelled by Mercy General");
            JsonNode task = team.careManager.get("/api/tasks?view=MINE&openOnly=false&patient=" + cancelled).json().get(0);
            assertThat(task.get("status").asString()).isEqualTo("CANCELLED");
        }
        assertThat(team.careManager.get("/api/worklist").json().size()).isZero();
    }

    @Test
    void anUpdateAmendsTheStayAndMovesTheDeadlinesAndTheCall() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Update practice");
        UUID patient = team.patient("Ueda", "Rin");
        discharge(team, patient, "V-800", today().minusDays(3), HOME);
        LocalDate corrected = today().minusDays(1);
        events.publishEvent(new HospitalEncounterReported(patient, team.practice, Notice.UPDATED,
                EncounterClass.INPATIENT, "Mercy General Hospital", "V-800", corrected.minusDays(5).atTime(8, 0),
                corrected.atTime(15, 0), List.of(), HOME, "ADT^A08 test", java.time.Instant.now()));

        JsonNode transition = onlyTransition(team.careManager, patient);
        assertThat(transition.get("facility").asString()).isEqualTo("Mercy General Hospital");
        assertThat(transition.get("dischargedOn").asString()).isEqualTo(corrected.toString());
        assertThat(transition.get("contactDueBy").asString()).isEqualTo(BusinessDays.after(corrected, 2).toString());
        assertThat(transition.get("version").asInt()).isEqualTo(2);
        JsonNode task = onlyOpenTask(team.careManager, patient);
        assertThat(task.get("dueOn").asString()).isEqualTo(transition.get("contactDueBy").asString());
        assertThat(task.get("title").asString()).endsWith("from Mercy General Hospital");
    }

    @Test
    void aCorrectionAfterThePatientWasReachedOpensNoNewCall() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Late update practice");
        UUID patient = team.patient("Uhl", "Berta");
        discharge(team, patient, "V-850", today().minusDays(2), HOME);
        team.careManager.postJson("/api/patients/" + patient + "/interactions",
                Map.of("kind", "OUTBOUND_CALL", "outcome", "REACHED"));
        discharge(team, patient, "V-850", today().minusDays(1), HOME);

        assertThat(onlyTransition(team.careManager, patient).get("dischargedOn").asString())
                .isEqualTo(today().minusDays(1).toString());
        assertThat(team.careManager.get("/api/tasks?view=ALL&patient=" + patient).json().size()).isZero();
    }

    @Test
    void anEdVisitWithoutAdmissionOpensAFollowUpCallThatAnAdmissionFromTheEdWithdraws() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Emergency practice");
        UUID patient = team.patient("Xu", "Wei");
        UUID admitted = team.patient("Ybarra", "Luz");
        for (UUID each : List.of(patient, admitted)) {
            notice(team, each, Notice.DISCHARGED, EncounterClass.EMERGENCY, "E-" + each, today().minusDays(1), null);
        }
        JsonNode visit = onlyTransition(team.careManager, patient);
        assertThat(visit.get("kind").asString()).isEqualTo("ED_VISIT");
        assertThat(visit.get("contactDueBy").asString()).isEqualTo(BusinessDays.after(today().minusDays(1), 2).toString());
        assertThat(visit.get("faceToFaceDueBy").isNull()).isTrue();
        assertThat(onlyOpenTask(team.careManager, patient).get("title").asString()).startsWith("ED follow-up call");

        notice(team, admitted, Notice.ADMITTED, EncounterClass.INPATIENT, "E-" + admitted, null, null);
        assertThat(onlyTransition(team.careManager, admitted).get("status").asString()).isEqualTo("WITHDRAWN");

        team.careManager.postJson("/api/patients/" + patient + "/interactions",
                Map.of("kind", "INBOUND_CALL", "outcome", "REACHED"));
        assertThat(onlyTransition(team.careManager, patient).get("status").asString()).isEqualTo("COMPLETE");
    }

    private void discharge(CareTeam team, UUID patient, String visit, LocalDate on, DischargeDisposition disposition) {
        notice(team, patient, Notice.DISCHARGED, EncounterClass.INPATIENT, visit, on, disposition);
    }

    private void notice(CareTeam team, UUID patient, Notice notice, EncounterClass encounterClass, String visit,
                        LocalDate dischargedOn, DischargeDisposition disposition) {
        LocalDateTime ended = dischargedOn == null ? null : dischargedOn.atTime(14, 30);
        events.publishEvent(new HospitalEncounterReported(patient, team.practice, notice, encounterClass,
                "Mercy General", visit, ended == null ? null : ended.minusDays(4), ended,
                List.of(new Diagnosis("ICD-10-CM", "I50.9", "Heart failure, unspecified")), disposition,
                "test " + notice, ZonedDateTime.now(CareTeam.ZONE).toInstant()));
    }

    static JsonNode onlyTransition(Api api, UUID patient) {
        Api.Response found = api.get("/api/patients/" + patient + "/transitions");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().size()).as(found.toString()).isEqualTo(1);
        return found.json().get(0);
    }

    static JsonNode onlyOpenTask(Api api, UUID patient) {
        JsonNode tasks = api.get("/api/tasks?view=ALL&patient=" + patient).json();
        assertThat(tasks.size()).as(tasks.toString()).isEqualTo(1);
        return tasks.get(0);
    }
}
