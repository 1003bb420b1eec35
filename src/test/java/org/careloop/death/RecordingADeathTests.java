package org.careloop.death;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nurse learns that a patient died and records it: every enrollment ends that day with the reason, open tasks
 * and the open safety escalation are cancelled, the timer still running on the patient stops with its minutes
 * logged, the patient leaves the worklist, and no call, timer or referral can be started any more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordingADeathTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordingADeathEndsEnrollmentsCancelsTasksAndStopsTimers() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Death practice");
        UUID patient = team.enrolledPatient("Marsh", "Edith");
        UUID followUp = team.task(patient, "Call about the new inhaler", "FOLLOW_UP", "CARE_MANAGER", null, 2);
        Api.Response phq9 = team.careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(1, 1, 1, 1, 0, 0, 0, 0, 1)));
        assertThat(phq9.status()).as(phq9.toString()).isEqualTo(201);
        Api.Response timer = team.careManager.postJson("/api/timers", Map.of("patientId", patient.toString(),
                "program", "CCM", "activity", "CARE_COORDINATION"));
        assertThat(timer.status()).as(timer.toString()).isEqualTo(201);
        jdbc.sql("update time_timer set started_at = ? where id = ?")
                .params(OffsetDateTime.now().minusMinutes(30), UUID.fromString(timer.json().get("id").asString())).update();
        assertThat(worklist(team)).contains(patient.toString());
        LocalDate today = LocalDate.now(CareTeam.ZONE);

        Api.Response recorded = team.nurse.postJson("/api/patients/" + patient + "/death",
                Map.of("diedOn", today.toString(), "source", "daughter phoned", "note", "Died at home, peacefully"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("status").asString()).isEqualTo("DECEASED");
        assertThat(recorded.json().get("deceasedOn").asString()).isEqualTo(today.toString());
        assertThat(recorded.json().get("deceasedSource").asString()).startsWith("recorded by ").endsWith(": daughter phoned");

        JsonNode enrollment = team.careManager.get("/api/patients/" + patient + "/enrollments").json().get(0);
        assertThat(enrollment.get("status").asString()).isEqualTo("DISENROLLED");
        assertThat(enrollment.get("endOn").asString()).isEqualTo(today.toString());
        JsonNode history = enrollment.get("history");
        assertThat(history.get(history.size() - 1).get("reason").asString()).isEqualTo("Patient died on " + today);

        List<JsonNode> tasks = team.careManager.get("/api/tasks?view=ALL&openOnly=false&patient=" + patient).json()
                .valueStream().toList();
        assertThat(tasks).hasSize(2).allSatisfy(task -> {
            assertThat(task.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(task.get("closingNote").asString()).startsWith("Cancelled: the patient died on " + today);
        });
        assertThat(tasks).filteredOn(task -> task.get("id").asString().equals(followUp.toString())).hasSize(1);
        assertThat(tasks).filteredOn(task -> task.get("kind").asString().equals("ESCALATION"))
                .singleElement().satisfies(escalation ->
                        assertThat(escalation.get("disposition").asString()).isEqualTo("PATIENT_DIED"));

        assertThat(jdbc.sql("select count(*) from time_timer where patient_id = ?").param(patient)
                .query(Long.class).single()).as("the timer stopped").isZero();
        JsonNode entries = team.careManager.get("/api/patients/" + patient + "/time-entries").json();
        String logged = entries.toString();
        assertThat(logged).as("its minutes were logged for the care manager").contains("\"minutes\":30")
                .contains("Timer stopped by CareLoop: the patient died on " + today);

        assertThat(worklist(team)).doesNotContain(patient.toString());
        Api.Response call = team.careManager.postJson("/api/timers", Map.of("patientId", patient.toString(),
                "program", "CCM", "activity", "PATIENT_COMMUNICATION"));
        assertThat(call.status()).isEqualTo(409);
        assertThat(call.json().get("detail").asString())
                .isEqualTo("Cannot start a call or a timer: the patient died on " + today + " ("
                        + recorded.json().get("deceasedSource").asString() + ")");
        Api.Response referral = team.careManager.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", team.providerId.toString()));
        assertThat(referral.status()).isEqualTo(409);
        assertThat(referral.json().get("detail").asString()).startsWith("Cannot refer the patient to CCM: the patient died on");
        assertThat(team.careManager.get("/api/patients/" + patient).status()).as("the record stays readable").isEqualTo(200);

        Api.Response again = team.careManager.postJson("/api/patients/" + patient + "/death",
                Map.of("diedOn", today.toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).startsWith("The patient is already recorded as deceased: Deceased on " + today);
    }

    @Test
    void anOrdinaryEditOfTheRecordCannotUndoARecordedDeath() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Editing practice");
        UUID patient = team.enrolledPatient("Lowe", "Iris");
        LocalDate today = LocalDate.now(CareTeam.ZONE);
        assertThat(team.nurse.postJson("/api/patients/" + patient + "/death", Map.of("diedOn", today.toString()))
                .status()).isEqualTo(200);
        JsonNode record = team.careManager.get("/api/patients/" + patient).json();
        Map<String, Object> edit = new HashMap<>();
        edit.put("mrn", record.get("mrn").asString());
        edit.put("familyName", record.get("familyName").asString());
        edit.put("givenNames", record.get("givenNames").asString());
        edit.put("birthDate", record.get("birthDate").asString());
        edit.put("sex", record.get("sex").asString());
        edit.put("phone", "555-0199");
        edit.put("status", "ACTIVE");
        edit.put("deceasedOn", null);
        edit.put("version", record.get("version").asInt());

        Api.Response revised = team.careManager.putJson("/api/patients/" + patient, edit);

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        JsonNode after = team.careManager.get("/api/patients/" + patient).json();
        assertThat(after.get("phone").asString()).isEqualTo("555-0199");
        assertThat(after.get("status").asString()).isEqualTo("DECEASED");
        assertThat(after.get("deceasedOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void aDeathInTheFutureOrBeforeBirthIsRefusedNamingTheDateAndNothingIsStored() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Refusing practice");
        UUID patient = team.enrolledPatient("Noon", "Fred");
        LocalDate today = LocalDate.now(CareTeam.ZONE);

        Api.Response future = team.careManager.postJson("/api/patients/" + patient + "/death",
                Map.of("diedOn", today.plusDays(1).toString()));
        Api.Response beforeBirth = team.careManager.postJson("/api/patients/" + patient + "/death",
                Map.of("diedOn", "1948-02-02"));
        Api.Response none = team.careManager.postJson("/api/patients/" + patient + "/death", new HashMap<>());

        assertThat(future.status()).isEqualTo(400);
        assertThat(problem(future, "diedOn")).startsWith("cannot be in the future");
        assertThat(beforeBirth.status()).isEqualTo(400);
        assertThat(problem(beforeBirth, "diedOn"))
                .isEqualTo("cannot be before the patient's birth date 1948-02-03");
        assertThat(none.status()).isEqualTo(400);
        assertThat(problem(none, "diedOn")).startsWith("is required");
        assertThat(team.biller().postJson("/api/patients/" + patient + "/death", Map.of("diedOn", today.toString()))
                .status()).as("a biller does not record deaths").isEqualTo(403);
        assertThat(jdbc.sql("select status from patient where id = ?").param(patient).query(String.class).single())
                .isEqualTo("ACTIVE");
        assertThat(team.careManager.get("/api/patients/" + patient + "/enrollments").json().get(0).get("status")
                .asString()).isEqualTo("ACTIVE");
    }

    /** What the problem detail says about a field. */
    private static String problem(Api.Response response, String field) {
        return response.json().get("errors").valueStream().filter(error -> error.get("field").asString().equals(field))
                .map(error -> error.get("message").asString()).findFirst().orElse("(no problem with " + field + ")");
    }

    private String worklist(CareTeam team) {
        return team.careManager.get("/api/worklist").text();
    }
}
