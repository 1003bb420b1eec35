package org.careloop.timetracking;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time logged by hand into the minutes one's own running timer is counting used to be accepted; the timer then
 * overlapped it, could never be stopped (409) and its minutes were lost. Such time is refused, in words, and the
 * timer still stops into an entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManualTimeBesideRunningTimerTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Api rivera;
    UUID patient;
    String timer;

    @BeforeEach
    void startATimerHalfAnHourAgo() {
        rivera = Api.at(port).as("cm.rivera");
        jdbc.sql("""
                update time_entry set withdrawn = true
                 where staff_id = (select id from app_user where username = 'cm.rivera')
                   and ended_at > now() - interval '3 hours'""").update();
        patient = TestPatients.register(rivera, "Marchetti", "Lucia");
        Api.Response started = rivera.postJson("/api/timers", Map.of("patientId", patient.toString(), "program", "CCM",
                "activity", "PATIENT_COMMUNICATION"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        timer = started.json().get("id").asString();
        jdbc.sql("update time_timer set started_at = started_at - interval '30 minutes' where id = ?")
                .param(UUID.fromString(timer)).update();
    }

    /** Other tests back-date rivera's timers too; the minutes logged here must not stand in their way. */
    @AfterEach
    void noTimerOrTimeLeftBehind() {
        jdbc.sql("delete from time_timer").update();
        jdbc.sql("update time_entry set withdrawn = true where patient_id = ?").param(patient).update();
    }

    @Test
    void theApiRefusesTimeInsideTheRunningTimerInWordsAndTheTimerStillStops() {
        OffsetDateTime twentyMinutesAgo = OffsetDateTime.now(clock).minusMinutes(20);

        Api.Response refused = rivera.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "DOCUMENTATION", "startedAt", twentyMinutesAgo.toString(), "minutes", 15));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        String detail = refused.json().get("detail").asString();
        assertThat(detail).contains("timer running since", "CCM", "patient communication", "this patient",
                "Stop the timer first");
        assertThat(detail).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        assertThat(entries()).isZero();
        Api.Response stopped = rivera.postJson("/api/timers/" + timer + "/stop", Map.of());
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(201);
        assertThat(stopped.json().get("minutes").asInt()).isEqualTo(30);
    }

    @Test
    void timeEndingBeforeTheTimerStartedIsStillTaken() {
        OffsetDateTime hourAgo = OffsetDateTime.now(clock).minusMinutes(60);

        Api.Response logged = rivera.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "DOCUMENTATION", "startedAt", hourAgo.toString(), "minutes", 25));

        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(rivera.postJson("/api/timers/" + timer + "/stop", Map.of()).status()).isEqualTo(201);
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void revisingAnEntryIntoTheTimersMinutesIsRefused() {
        OffsetDateTime hourAgo = OffsetDateTime.now(clock).minusMinutes(60);
        String id = rivera.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "DOCUMENTATION", "startedAt", hourAgo.toString(), "minutes", 25)).json().get("id").asString();

        Api.Response refused = rivera.putJson("/api/time-entries/" + id, Map.of("program", "CCM",
                "activity", "DOCUMENTATION", "startedAt", hourAgo.toString(), "minutes", 45, "version", 0));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(rivera.postJson("/api/timers/" + timer + "/stop", Map.of()).status()).isEqualTo(201);
    }

    @Test
    void theTimePageRefusesItBesideTheFormAndStoresNothing() {
        ZonedDateTime start = ZonedDateTime.now(clock).minusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        WebSession page = WebSession.signIn(port, "cm.rivera", "careloop-demo");
        page.get("/patients/" + patient + "/time", Map.of());

        HttpResponse<String> posted = page.post("/patients/" + patient + "/time", Map.of("date",
                start.toLocalDate().toString(), "startTime", start.toLocalTime().toString(), "minutes", "15",
                "program", "CCM", "activity", "DOCUMENTATION"), Map.of());
        HttpResponse<String> shown = page.get("/patients/" + patient + "/time", Map.of());

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(shown.body()).contains("time-form-error", "timer running since", "Stop the timer first");
        assertThat(entries()).isZero();
        assertThat(rivera.postJson("/api/timers/" + timer + "/stop", Map.of()).status()).isEqualTo(201);
    }

    private long entries() {
        return jdbc.sql("select count(*) from time_entry where patient_id = ?").param(patient).query(Long.class).single();
    }
}
