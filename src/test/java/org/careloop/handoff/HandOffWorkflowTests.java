package org.careloop.handoff;

import java.time.LocalDate;
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
 * A care manager hands a call over to the nurses' pool with a note; the task carries her note and the call's notes,
 * the nurse finds it in her pool, takes it (nobody else can then) and finishes it, and the chart shows who did.
 * Bad hand-overs name the field and open nothing; another practice's user finds nothing to hand over, read or take.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandOffWorkflowTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCallHandedToTheNursesPoolCarriesItsNotesAndTheNurseWhoTakesItFinishesIt() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Hand-off practice");
        UUID patient = team.enrolledPatient("Okafor", "Grace");
        String call = call(team.careManager, patient, "Dizzy when standing since Monday.\nBP cuff reads 98/60.");

        Api.Response handed = team.careManager.postJson(handOffs(patient, call),
                Map.of("rolePool", "NURSE", "note", "Please triage today: new orthostatic symptoms."));
        assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
        JsonNode task = handed.json().get("task");
        assertThat(task.get("kind").asString()).isEqualTo("HANDOFF");
        assertThat(task.get("rolePool").asString()).isEqualTo("NURSE");
        assertThat(task.get("title").asString()).startsWith("Hand-off from Casey " + team.tag + ": outbound call, reached");
        assertThat(task.get("notes").asString()).startsWith("Please triage today: new orthostatic symptoms.")
                .contains("Dizzy when standing since Monday.\nBP cuff reads 98/60.");
        assertThat(task.get("dueOn").asString()).isEqualTo(LocalDate.now(CareTeam.ZONE).toString());
        assertThat(handed.json().get("interactionId").asString()).isEqualTo(call);
        assertThat(handed.json().get("handedOverBy").asString()).isEqualTo("Casey " + team.tag);
        String id = task.get("id").asString();

        JsonNode pool = team.nurse.get("/api/tasks?view=POOL").json();
        assertThat(pool.valueStream().map(t -> t.get("id").asString())).contains(id);

        Api.Response taken = team.nurse.postJson("/api/handoffs/" + id + "/take", Map.of("version", task.get("version").asInt()));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(taken.json().get("ownerName").asString()).isEqualTo("Noor " + team.tag);
        assertThat(taken.json().get("waiting").asBoolean()).isFalse();
        Api.Response again = team.provider.postJson("/api/handoffs/" + id + "/take",
                Map.of("version", taken.json().get("task").get("version").asInt()));
        assertThat(again.status()).as("someone else has it").isEqualTo(409);
        assertThat(again.text()).contains("Noor " + team.tag);

        Api.Response done = team.nurse.postJson("/api/handoffs/" + id + "/completion",
                Map.of("version", taken.json().get("task").get("version").asInt(),
                        "note", "Called back: orthostatic; hold amlodipine, recheck Friday."));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("task").get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("closedByName").asString()).isEqualTo("Noor " + team.tag);
        assertThat(done.json().get("task").get("closingNote").asString()).contains("hold amlodipine");

        String chart = team.signIn(team.careManagerUsername()).htmx("/patients/" + patient + "?tab=time").body();
        assertThat(chart).contains("Handed over by Casey " + team.tag + "; done by Noor " + team.tag);
        String timeline = team.signIn(team.careManagerUsername()).htmx("/patients/" + patient + "?tab=timeline").body();
        assertThat(timeline).contains("Hand-off from Casey " + team.tag).contains("Hand-off done")
                .contains("hold amlodipine");
    }

    @Test
    void aCallCanBeHandedToANamedColleagueWhoAloneFindsItAsHersAndAProviderFindsHandOffsInTheInbox() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Named hand-off practice");
        UUID patient = team.patient("Lindqvist", "Arne");
        String call = call(team.careManager, patient, "Asks whether to keep taking metformin before the scan.");

        Api.Response handed = team.careManager.postJson(handOffs(patient, call),
                Map.of("ownerId", team.providerId.toString(), "priority", "URGENT"));
        assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
        assertThat(handed.json().get("ownerName").asString()).isEqualTo("Dr Pat " + team.tag);
        assertThat(handed.json().get("task").get("priority").asString()).isEqualTo("URGENT");
        JsonNode mine = team.provider.get("/api/tasks?view=MINE").json();
        assertThat(mine.valueStream().map(t -> t.get("notes").asString()))
                .anyMatch(notes -> notes.contains("keep taking metformin before the scan"));
        assertThat(team.nurse.get("/api/tasks?view=POOL").json().valueStream()
                .map(t -> t.get("id").asString())).doesNotContain(handed.json().get("task").get("id").asString());

        String toThePool = call(team.careManager, patient, "Wants to know if the MRI contrast is safe with his kidneys.");
        team.careManager.postJson(handOffs(patient, toThePool), Map.of("rolePool", "PROVIDER"));
        String inbox = team.signIn(team.providerUsername()).get("/inbox").body();
        assertThat(inbox).contains("Calls handed over to you")
                .contains("/handoffs/" + handed.json().get("task").get("id").asString())
                .contains("The providers&#39; pool").contains(">You<");
    }

    @Test
    void aBadHandOverNamesTheFieldAndOpensNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Bad hand-off practice");
        CareTeam other = CareTeam.hire(port, practices, staff, "Other hand-off practice");
        UUID patient = team.patient("Quinn", "Roisin");
        String silent = call(team.careManager, patient, null);

        assertRefused(team, patient, silent, Map.of("note", "Call her back"), "rolePool");
        assertRefused(team, patient, silent, Map.of("rolePool", "BILLER", "note", "Call her back"), "rolePool");
        assertRefused(team, patient, silent, Map.of("rolePool", "NURSE"), "note");
        assertRefused(team, patient, silent, Map.of("rolePool", "NURSE", "note", "x".repeat(4001)), "note");
        assertRefused(team, patient, silent, Map.of("rolePool", "NURSE", "note", "Call her back",
                "dueOn", LocalDate.now(CareTeam.ZONE).minusDays(2).toString()), "dueOn");
        assertRefused(team, patient, silent, Map.of("ownerId", other.nurseId.toString(), "note", "Call her back"),
                "ownerId");
        assertRefused(team, patient, silent, Map.of("rolePool", "NURSE", "note", "Call her back", "priority", "SOON"),
                "priority");
        assertThat(jdbc.sql("select count(*) from task where patient_id = ?").param(patient).query(Long.class).single())
                .isZero();
    }

    @Test
    void anotherPracticesUserFindsNothingToHandOverReadTakeOrFinish() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Scoped hand-off practice");
        CareTeam stranger = CareTeam.hire(port, practices, staff, "Stranger hand-off practice");
        UUID patient = team.patient("Rask", "Helle");
        UUID otherPatient = team.patient("Sato", "Ken");
        String call = call(team.careManager, patient, "Short of breath on the stairs.");
        JsonNode task = team.careManager.postJson(handOffs(patient, call), Map.of("rolePool", "NURSE")).json().get("task");
        String id = task.get("id").asString();

        assertThat(stranger.careManager.postJson(handOffs(patient, call), Map.of("rolePool", "NURSE")).status())
                .isEqualTo(404);
        assertThat(team.careManager.postJson(handOffs(otherPatient, call), Map.of("rolePool", "NURSE")).status())
                .as("the call is another patient's").isEqualTo(404);
        assertThat(stranger.nurse.get("/api/handoffs/" + id).status()).isEqualTo(404);
        assertThat(stranger.nurse.get("/api/patients/" + patient + "/handoffs").status()).isEqualTo(404);
        assertThat(stranger.nurse.postJson("/api/handoffs/" + id + "/take", Map.of("version", task.get("version").asInt()))
                .status()).isEqualTo(404);
        assertThat(stranger.nurse.postJson("/api/handoffs/" + id + "/completion", Map.of("version", task.get("version").asInt()))
                .status()).isEqualTo(404);
        assertThat(stranger.signIn(stranger.nurseUsername()).get("/handoffs/" + id).statusCode()).isEqualTo(404);

        JsonNode unchanged = team.nurse.get("/api/handoffs/" + id).json();
        assertThat(unchanged.get("task").get("version").asInt()).isEqualTo(task.get("version").asInt());
        assertThat(unchanged.get("waiting").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from task where patient_id = ?").param(patient).query(Long.class).single())
                .isEqualTo(1);
        assertThat(team.nurse.get("/api/handoffs/" + UUID.randomUUID()).status()).isEqualTo(404);
        String escalation = team.task(patient, "Not a hand-off", "FOLLOW_UP", "NURSE", null, 0).toString();
        assertThat(team.nurse.get("/api/handoffs/" + escalation).status()).as("another kind of task").isEqualTo(404);
    }

    private void assertRefused(CareTeam team, UUID patient, String call, Map<String, ?> body, String field) {
        Api.Response refused = team.careManager.postJson(handOffs(patient, call), body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    static String call(Api careManager, UUID patient, String notes) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "OUTBOUND_CALL", "outcome", "REACHED",
                "topics", List.of("symptoms")));
        if (notes != null) {
            body.put("notes", notes);
        }
        Api.Response recorded = careManager.postJson("/api/patients/" + patient + "/interactions", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    static String handOffs(UUID patient, String call) {
        return "/api/patients/" + patient + "/interactions/" + call + "/handoffs";
    }
}
