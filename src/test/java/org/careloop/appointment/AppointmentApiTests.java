package org.careloop.appointment;

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
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appointments a care manager tracks: the coming week's show on the worklist and the call page with the ride, a
 * missed one opens one follow-up task, outcomes come once and not before their time, stale changes are refused, and
 * another practice's care manager reaches none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppointmentApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;
    UUID patient;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Appointment practice");
        patient = team.enrolledPatient("Moreau", "Celine");
    }

    @Test
    void anAppointmentOfTheComingWeekShowsOnTheWorklistAndTheCallPageWithItsRide() {
        OffsetDateTime at = OffsetDateTime.now(CareTeam.ZONE).plusDays(2).withHour(10).withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);
        JsonNode scheduled = schedule(Map.of("kind", "SPECIALIST", "purpose", "cardiology", "startsAt", at.toString(),
                "location", "Heart Center", "withWhom", "Dr. Adeyemi", "arrangedByCareManager", true));
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        Api.Response ride = team.careManager.putJson("/api/appointments/" + scheduled.get("id").asString()
                + "/transportation", Map.of("version", 0, "arrangement", "FAMILY_OR_FRIEND", "note", "daughter drives"));
        assertThat(ride.status()).as(ride.toString()).isEqualTo(200);

        String line = "Upcoming: cardiology, " + at.format(java.time.format.DateTimeFormatter.ofPattern(
                "EEE d MMM HH:mm", java.util.Locale.ENGLISH)) + " at Heart Center — daughter drives";
        JsonNode row = team.careManager.get("/api/worklist").json().valueStream()
                .filter(r -> r.get("patientId").asString().equals(patient.toString())).findFirst().orElseThrow();
        assertThat(row.get("reasons").valueStream().map(JsonNode::asString).toList()).contains(line);
        String call = team.signIn(team.careManagerUsername()).get("/patients/" + patient + "/call").body();
        assertThat(call).contains(line);
    }

    @Test
    void aMissedAppointmentOpensOneFollowUpTaskForThePatientsCareManager() {
        JsonNode scheduled = schedule(Map.of("kind", "LAB", "purpose", "HbA1c draw",
                "startsAt", OffsetDateTime.now().minusHours(3).toString(), "location", "Quest on Main St"));
        Api.Response missed = team.careManager.postJson("/api/appointments/" + scheduled.get("id").asString()
                + "/outcome", Map.of("version", 0, "status", "MISSED", "note", "No ride; bus was late."));
        assertThat(missed.status()).as(missed.toString()).isEqualTo(200);
        assertThat(missed.json().get("status").asString()).isEqualTo("MISSED");
        String taskId = missed.json().get("followUpTaskId").asString();

        List<JsonNode> tasks = team.careManager.get("/api/tasks?view=ALL&patient=" + patient).json().valueStream().toList();
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.get("id").asString()).isEqualTo(taskId);
            assertThat(task.get("title").asString()).startsWith("Missed HbA1c draw appointment on ").endsWith("call to rebook");
            assertThat(task.get("ownerId").asString()).isEqualTo(team.careManagerId.toString());
            assertThat(task.get("notes").asString()).contains("No ride; bus was late.");
        });

        Api.Response again = team.careManager.postJson("/api/appointments/" + scheduled.get("id").asString()
                + "/outcome", Map.of("version", 1, "status", "MISSED"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already missed");
        assertThat(team.careManager.get("/api/tasks?view=ALL&patient=" + patient).json().size()).isEqualTo(1);
    }

    @Test
    void anAppointmentCannotBeKeptBeforeItsTimeButMayBeCancelled() {
        JsonNode later = schedule(Map.of("kind", "IMAGING", "purpose", "echocardiogram",
                "startsAt", OffsetDateTime.now().plusDays(5).toString()));
        String path = "/api/appointments/" + later.get("id").asString() + "/outcome";
        Api.Response early = team.careManager.postJson(path, Map.of("version", 0, "status", "KEPT"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("has not happened yet");
        Api.Response cancelled = team.careManager.postJson(path, Map.of("version", 0, "status", "CANCELLED",
                "note", "Rescheduled by the clinic."));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("followUpTaskId").isNull()).isTrue();

        JsonNode earlier = schedule(Map.of("kind", "PRIMARY_CARE", "startsAt", OffsetDateTime.now().minusDays(1).toString()));
        assertThat(team.careManager.postJson("/api/appointments/" + earlier.get("id").asString() + "/outcome",
                Map.of("version", 0, "status", "KEPT")).json().get("status").asString()).isEqualTo("KEPT");
    }

    @Test
    void aScheduledAppointmentADayPastWithNoOutcomeIsFlaggedOnTheWorklist() {
        OffsetDateTime at = OffsetDateTime.now(CareTeam.ZONE).minusDays(3);
        schedule(Map.of("kind", "FACE_TO_FACE_AFTER_DISCHARGE", "startsAt", at.toString()));
        JsonNode row = team.careManager.get("/api/worklist").json().valueStream()
                .filter(r -> r.get("patientId").asString().equals(patient.toString())).findFirst().orElseThrow();
        assertThat(row.get("reasons").valueStream().map(JsonNode::asString).toList())
                .contains("Face-to-face visit after discharge on " + at.format(java.time.format.DateTimeFormatter
                        .ofPattern("EEE d MMM", java.util.Locale.ENGLISH)) + ": outcome not recorded");
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        JsonNode scheduled = schedule(Map.of("kind", "SPECIALIST", "purpose", "nephrology",
                "startsAt", OffsetDateTime.now().plusDays(3).toString(), "location", "Kidney Clinic"));
        String path = "/api/appointments/" + scheduled.get("id").asString();
        assertThat(team.careManager.putJson(path, Map.of("version", 0, "location", "Kidney Clinic, 2nd floor"))
                .status()).isEqualTo(200);
        Api.Response stale = team.careManager.putJson(path, Map.of("version", 0, "location", "Somewhere else"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(team.careManager.get(path).json().get("location").asString()).isEqualTo("Kidney Clinic, 2nd floor");
    }

    @Test
    void badRequestsNameTheFieldAndStoreNothing() {
        String path = "/api/patients/" + patient + "/appointments";
        assertRefused(team.careManager.postJson(path, Map.of("startsAt", OffsetDateTime.now().plusDays(1).toString())), "kind");
        assertRefused(team.careManager.postJson(path, Map.of("kind", "LAB")), "startsAt");
        assertRefused(team.careManager.postJson(path, Map.of("kind", "LAB",
                "startsAt", OffsetDateTime.now().plusYears(2).toString())), "startsAt");
        assertRefused(team.careManager.postJson(path, Map.of("kind", "LAB", "startsAt",
                OffsetDateTime.now().plusDays(1).toString(), "transportNote", "neighbour drives")), "transport");
        assertThat(jdbc.sql("select count(*) from appointment where patient_id = ?").param(patient)
                .query(Integer.class).single()).isZero();
        JsonNode scheduled = schedule(Map.of("kind", "LAB", "startsAt", OffsetDateTime.now().minusHours(1).toString()));
        assertRefused(team.careManager.postJson("/api/appointments/" + scheduled.get("id").asString() + "/outcome",
                Map.of("status", "SCHEDULED")), "status");
        assertRefused(team.careManager.putJson("/api/appointments/" + scheduled.get("id").asString() + "/transportation",
                Map.of("arrangement", "CAMEL")), "arrangement");
    }

    @Test
    void anotherPracticesCareManagerReachesNoAppointmentAndChangesNothing() {
        JsonNode scheduled = schedule(Map.of("kind", "LAB", "startsAt", OffsetDateTime.now().minusHours(2).toString()));
        String path = "/api/appointments/" + scheduled.get("id").asString();
        CareTeam other = CareTeam.hire(port, practices, staff, "Appointment stranger");
        Api stranger = other.careManager;
        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.putJson(path, Map.of("location", "Elsewhere")).status()).isEqualTo(404);
        assertThat(stranger.postJson(path + "/outcome", Map.of("status", "MISSED")).status()).isEqualTo(404);
        assertThat(stranger.putJson(path + "/transportation", Map.of("arrangement", "PUBLIC_TRANSIT")).status())
                .isEqualTo(404);
        assertThat(stranger.postJson("/api/patients/" + patient + "/appointments", Map.of("kind", "LAB",
                "startsAt", OffsetDateTime.now().plusDays(1).toString())).status()).isEqualTo(404);
        WebSession strangerWeb = other.signIn(other.careManagerUsername());
        strangerWeb.get("/worklist");
        assertThat(strangerWeb.post("/patients/" + patient + "/appointments/" + scheduled.get("id").asString()
                + "/outcome", Map.of("status", "MISSED", "version", "0")).statusCode()).isEqualTo(404);
        JsonNode unchanged = team.careManager.get(path).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(unchanged.get("version").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from appointment where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from task where patient_id = ?").param(patient)
                .query(Integer.class).single()).isZero();
    }

    private JsonNode schedule(Map<String, Object> fields) {
        Api.Response created = team.careManager.postJson("/api/patients/" + patient + "/appointments", new HashMap<>(fields));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .as(response.toString()).contains(field);
    }
}
