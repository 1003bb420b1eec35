package org.careloop.timetracking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.careloop.program.Performer;
import org.careloop.support.Api;
import org.careloop.support.ServerEvents;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time tracking through the API as the demo staff use it. Each test works on its own days, since one person's
 * entries may never overlap across the whole database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimeTrackingApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TimeLedger ledger;

    @Autowired
    ConfigurableApplicationContext context;

    List<Object> events;

    Api rivera;
    UUID patient;

    @BeforeEach
    void setUp() {
        events = ServerEvents.of(context);
        rivera = Api.at(port).as("cm.rivera");
        patient = TestPatients.register(rivera, Map.of("familyName", "Lindqvist", "givenNames", "Maud",
                "birthDate", "1944-03-08", "sex", "female"));
    }

    @AfterEach
    void noTimerLeftRunning() {
        jdbc.sql("delete from time_timer").update();
    }

    @Test
    void stoppingATimerLogsTheWholeMinutesElapsedLinkedToTheCall() {
        String call = rivera.postJson("/api/patients/" + patient + "/interactions",
                Map.of("kind", "OUTBOUND_CALL", "outcome", "REACHED")).json().get("id").asString();
        Api.Response started = rivera.postJson("/api/timers", Map.of("patientId", patient.toString(), "program", "CCM",
                "activity", "PATIENT_COMMUNICATION", "interactionId", call));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String timer = started.json().get("id").asString();
        assertThat(rivera.get("/api/timers/current").json().get("id").asString()).isEqualTo(timer);
        jdbc.sql("update time_timer set started_at = started_at - interval '25 minutes 30 seconds' where id = ?")
                .param(UUID.fromString(timer)).update();

        Api.Response stopped = rivera.postJson("/api/timers/" + timer + "/stop", Map.of("notes", "Reviewed BP log"));

        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(201);
        JsonNode entry = stopped.json();
        assertThat(entry.get("minutes").asInt()).as("25 minutes 30 seconds count as 25").isEqualTo(25);
        assertThat(entry.get("interactionId").asString()).isEqualTo(call);
        assertThat(entry.get("performer").asString()).isEqualTo("CLINICAL_STAFF");
        assertThat(entry.get("notes").asString()).isEqualTo("Reviewed BP log");
        assertThat(entry.get("staffName").asString()).isNotBlank();
        assertThat(rivera.get("/api/timers/current").status()).as("the timer is gone").isEqualTo(204);
        JsonNode month = rivera.get("/api/patients/" + patient + "/time-entries").json();
        assertThat(month.get("entries").findValuesAsString("id")).containsExactly(entry.get("id").asString());
        assertThat(month.get("minutes").get("CCM").asInt()).isEqualTo(25);
        assertThat(events).filteredOn(TimeLogged.class::isInstance).map(TimeLogged.class::cast)
                .filteredOn(logged -> logged.entryId().toString().equals(entry.get("id").asString()))
                .singleElement().satisfies(logged -> {
                    assertThat(logged.minutes()).isEqualTo(25);
                    assertThat(logged.performer()).isEqualTo(Performer.CLINICAL_STAFF);
                    assertThat(logged.patientId()).isEqualTo(patient);
                });
    }

    @Test
    void aSecondTimerIsRefusedNamingTheRunningOne() {
        Map<String, Object> body = Map.of("patientId", patient.toString(), "program", "CCM", "activity", "CARE_COORDINATION");
        String first = rivera.postJson("/api/timers", body).json().get("id").asString();

        Api.Response second = rivera.postJson("/api/timers", body);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("already have a timer running", first);
        assertThat(rivera.postJson("/api/timers/" + first + "/stop", Map.of()).status())
                .as("less than a minute is nothing to log").isEqualTo(409);
        assertThat(Api.at(port).as("rn.patel").postJson("/api/timers", body).status())
                .as("timers are per person").isEqualTo(201);
        assertThat(rivera.delete("/api/timers/" + first).status()).isEqualTo(204);
        assertThat(rivera.postJson("/api/timers", body).status()).isEqualTo(201);
    }

    @Test
    void aForgottenTimerIsNotLoggedAsOneLongSitting() {
        String timer = rivera.postJson("/api/timers", Map.of("patientId", patient.toString(), "program", "CCM",
                "activity", "DOCUMENTATION")).json().get("id").asString();
        jdbc.sql("update time_timer set started_at = started_at - interval '5 hours' where id = ?")
                .param(UUID.fromString(timer)).update();

        Api.Response stopped = rivera.postJson("/api/timers/" + timer + "/stop", Map.of());

        assertThat(stopped.status()).isEqualTo(409);
        assertThat(stopped.json().get("detail").asString()).contains("300 minutes", "discard it");
        assertThat(rivera.get("/api/timers/current").json().get("id").asString()).as("still running").isEqualTo(timer);
    }

    @Test
    void overlappingTimeOfOnePersonIsRefusedNamingTheEntry() {
        String first = log(rivera, entry("2026-11-02T10:00:00-05:00", "2026-11-02T10:20:00-05:00")).json().get("id").asString();

        Api.Response overlapping = log(rivera, entry("2026-11-02T10:15:00-05:00", "2026-11-02T10:30:00-05:00"));

        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(409);
        assertThat(overlapping.json().get("overlappingEntryId").asString()).isEqualTo(first);
        assertThat(overlapping.json().get("detail").asString())
                .contains("a 20-minute CCM entry (patient communication)", "from 10:00 to 10:20")
                .doesNotContain(first).doesNotContain("PATIENT_COMMUNICATION");
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where patient_id = ? and resource_type = 'TimeEntry' and action = 'CREATE' and outcome = 'FAILED'""")
                .param(patient).query(Long.class).single()).as("the refusal is audited").isEqualTo(1);
        assertThat(log(rivera, entry("2026-11-02T10:20:00-05:00", "2026-11-02T10:30:00-05:00")).status())
                .as("back to back is fine").isEqualTo(201);
        assertThat(log(Api.at(port).as("rn.patel"), entry("2026-11-02T10:15:00-05:00", "2026-11-02T10:30:00-05:00"))
                .status()).as("another person's time may overlap").isEqualTo(201);
    }

    @Test
    void anEditKeepsTheOriginalAndWhoChangedIt() {
        JsonNode logged = log(rivera, entry("2026-11-03T09:00:00-05:00", "2026-11-03T09:12:00-05:00")).json();
        String id = logged.get("id").asString();
        Map<String, Object> change = entry("2026-11-03T09:00:00-05:00", "2026-11-03T09:22:00-05:00");
        change.put("version", 0);

        Api.Response revised = Api.at(port).as("rn.patel").putJson("/api/time-entries/" + id, change);

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("minutes").asInt()).isEqualTo(22);
        assertThat(revised.json().get("edited").asBoolean()).isTrue();
        assertThat(revised.json().get("lastEditedBy").asString()).isEqualTo(userId("rn.patel").toString());
        assertThat(revised.json().get("staffId").asString()).as("still rivera's time").isEqualTo(userId("cm.rivera").toString());
        JsonNode history = rivera.get("/api/time-entries/" + id + "/history").json();
        assertThat(history.findValuesAsString("minutes")).containsExactly("12", "22");
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo(userId("cm.rivera").toString());
        assertThat(history.get(1).get("changedBy").asString()).isEqualTo(userId("rn.patel").toString());
        assertThat(events).filteredOn(TimeEntryRevised.class::isInstance).map(TimeEntryRevised.class::cast)
                .filteredOn(revision -> revision.entryId().toString().equals(id))
                .singleElement().satisfies(revision -> {
                    assertThat(revision.previousMinutes()).isEqualTo(12);
                    assertThat(revision.minutes()).isEqualTo(22);
                    assertThat(revision.revisedBy()).isEqualTo(userId("rn.patel"));
                });
        Api.Response stale = rivera.putJson("/api/time-entries/" + id, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aClosedMonthRefusesEditsAndNewTimeButTakesAFlaggedAmendment() {
        UUID practice = practiceOf(patient);
        YearMonth october = YearMonth.of(2025, 10);
        String id = log(rivera, entry("2025-10-14T11:00:00-04:00", "2025-10-14T11:20:00-04:00")).json().get("id").asString();
        ledger.closeMonth(practice, october);
        try {
            Map<String, Object> change = entry("2025-10-14T11:00:00-04:00", "2025-10-14T11:40:00-04:00");
            change.put("version", 0);
            Api.Response edit = rivera.putJson("/api/time-entries/" + id, change);
            assertThat(edit.status()).isEqualTo(409);
            assertThat(edit.json().get("detail").asString()).isEqualTo("October 2025 is closed for billing; record an amendment");
            assertThat(rivera.delete("/api/time-entries/" + id).status()).isEqualTo(409);
            assertThat(log(rivera, entry("2025-10-20T11:00:00-04:00", "2025-10-20T11:20:00-04:00")).status()).isEqualTo(409);

            Map<String, Object> amendment = entry("2025-10-14T11:20:00-04:00", "2025-10-14T11:40:00-04:00");
            amendment.put("amendment", true);
            amendment.put("amends", id);
            Api.Response amended = log(rivera, amendment);

            assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
            assertThat(amended.json().get("amendment").asBoolean()).isTrue();
            assertThat(amended.json().get("amends").asString()).isEqualTo(id);
            assertThat(ledger.entriesIn(practice, october)).filteredOn(MonthEntry::patientId, patient)
                    .extracting(MonthEntry::minutes, MonthEntry::amendment)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(20, false),
                            org.assertj.core.groups.Tuple.tuple(20, true));
            assertThat(rivera.get("/api/patients/" + patient + "/time-entries?month=2025-10").json().get("closed").asBoolean()).isTrue();
        } finally {
            ledger.reopenMonth(practice, october);
        }
        assertThat(ledger.isClosed(practice, october)).isFalse();
    }

    @Test
    void aBillerCannotLogTime() {
        Api biller = Api.at(port).as("biller");

        Api.Response refused = log(biller, entry("2026-11-05T10:00:00-05:00", "2026-11-05T10:20:00-05:00"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("biller works as a biller, not as clinical staff")
                .doesNotContain("BILLER");
        assertThat(biller.postJson("/api/timers", Map.of("patientId", patient.toString(), "program", "CCM",
                "activity", "DOCUMENTATION")).status()).isEqualTo(403);
        assertThat(rivera.get("/api/patients/" + patient + "/time-entries?month=2026-11").json().get("entries").size()).isZero();
    }

    @Test
    void aCareManagerOfAnotherPracticeGetsNotFoundForEverything() {
        String id = log(rivera, entry("2026-11-06T10:00:00-05:00", "2026-11-06T10:20:00-05:00")).json().get("id").asString();
        String timer = rivera.postJson("/api/timers", Map.of("patientId", patient.toString(), "program", "CCM",
                "activity", "DOCUMENTATION")).json().get("id").asString();
        Api okafor = Api.at(port).as("cm.okafor");
        Map<String, Object> change = entry("2026-11-06T10:00:00-05:00", "2026-11-06T10:30:00-05:00");
        change.put("version", 0);

        assertThat(okafor.get("/api/patients/" + patient + "/time-entries?month=2026-11").status()).isEqualTo(404);
        assertThat(log(okafor, entry("2026-11-06T12:00:00-05:00", "2026-11-06T12:20:00-05:00")).status()).isEqualTo(404);
        assertThat(okafor.get("/api/time-entries/" + id).status()).isEqualTo(404);
        assertThat(okafor.get("/api/time-entries/" + id + "/history").status()).isEqualTo(404);
        assertThat(okafor.putJson("/api/time-entries/" + id, change).status()).isEqualTo(404);
        assertThat(okafor.delete("/api/time-entries/" + id).status()).isEqualTo(404);
        assertThat(okafor.postJson("/api/timers/" + timer + "/stop", Map.of()).status()).isEqualTo(404);
        assertThat(okafor.delete("/api/timers/" + timer).status()).isEqualTo(404);
        assertThat(okafor.postJson("/api/timers", Map.of("patientId", patient.toString(), "program", "CCM",
                "activity", "DOCUMENTATION")).status()).isEqualTo(404);
        assertThat(rivera.get("/api/time-entries/" + id).json().get("minutes").asInt()).isEqualTo(20);
    }

    @Test
    void noTimerRunsForTcmWhichIsBilledAsAServiceNotFromMinutes() {
        Api.Response refused = rivera.postJson("/api/timers", Map.of("patientId", patient.toString(), "program", "TCM",
                "activity", "CARE_COORDINATION"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.toString()).contains("must be one of [CCM, PCM, RPM, BHI, APCM]");
    }

    @Test
    void invalidTimeNamesEachField() {
        Map<String, Object> body = new HashMap<>();
        body.put("program", "TCM");
        body.put("activity", "SCHEDULING");
        body.put("startedAt", "2026-11-07T10:00:00-05:00");

        Api.Response refused = log(rivera, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("program", "activity", "endedAt");
        body.putAll(Map.of("program", "CCM", "activity", "DOCUMENTATION", "minutes", 15,
                "endedAt", "2026-11-07T10:20:00-05:00", "interactionId", UUID.randomUUID().toString()));
        assertThat(log(rivera, body).json().get("errors").findValuesAsString("field")).containsExactly("minutes");
        body.remove("minutes");
        assertThat(log(rivera, body).json().get("errors").findValuesAsString("field")).containsExactly("interactionId");
    }

    @Test
    void entriesInGivesBillingEveryCountingMinuteOfThePracticeMonth() {
        UUID practice = practiceOf(patient);
        String nurse = log(rivera, entry("2026-11-09T10:00:00-05:00", "2026-11-09T10:21:00-05:00")).json().get("id").asString();
        Map<String, Object> doctorTime = entry("2026-11-09T10:00:00-05:00", "2026-11-09T10:31:00-05:00");
        doctorTime.put("activity", "CARE_PLAN_UPDATE");
        String doctor = log(Api.at(port).as("dr.chen"), doctorTime).json().get("id").asString();
        String withdrawn = log(rivera, entry("2026-11-09T12:00:00-05:00", "2026-11-09T12:05:00-05:00")).json().get("id").asString();
        assertThat(rivera.delete("/api/time-entries/" + withdrawn + "?version=0").json().get("withdrawn").asBoolean()).isTrue();

        assertThat(ledger.entriesIn(practice, YearMonth.of(2026, 11))).filteredOn(MonthEntry::patientId, patient)
                .containsExactlyInAnyOrder(
                        new MonthEntry(UUID.fromString(nurse), patient, LocalDate.of(2026, 11, 9), 21, Performer.CLINICAL_STAFF,
                                CareProgram.CCM, userId("cm.rivera"), false),
                        new MonthEntry(UUID.fromString(doctor), patient, LocalDate.of(2026, 11, 9), 31,
                                Performer.BILLING_PRACTITIONER, CareProgram.CCM, userId("dr.chen"), false));
        assertThat(ledger.minutesThisMonth(java.util.List.of(patient, UUID.randomUUID()), YearMonth.of(2026, 11)))
                .isEqualTo(Map.of(patient, Map.of(CareProgram.CCM, 52)));
        assertThat(ledger.entriesIn(practice, YearMonth.of(2026, 12))).isEmpty();
    }

    @Test
    void theTimeAndOutreachEndpointsAreInTheApiDocumentation() {
        JsonNode paths = rivera.get("/v3/api-docs").json().get("paths");
        assertThat(paths.propertyNames()).contains("/api/timers", "/api/timers/current", "/api/timers/{id}/stop",
                "/api/patients/{patientId}/time-entries", "/api/time-entries/{id}", "/api/time-entries/{id}/history",
                "/api/patients/{patientId}/interactions");
    }

    private Api.Response log(Api as, Map<String, Object> body) {
        return as.postJson("/api/patients/" + patient + "/time-entries", body);
    }

    private static Map<String, Object> entry(String startedAt, String endedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("program", "CCM");
        body.put("activity", "PATIENT_COMMUNICATION");
        body.put("startedAt", startedAt);
        body.put("endedAt", endedAt);
        return body;
    }

    private UUID practiceOf(UUID patientId) {
        return jdbc.sql("select practice_id from patient where id = ?").param(patientId).query(UUID.class).single();
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }
}
