package org.careloop.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' forms for hand-offs, documents and sharing answer another practice's user with 404 and change
 * nothing, like the API: handing over a call, taking or finishing a hand-off, uploading a document, sharing a plan
 * or looking up the directory for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotesPagesScopeTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherPracticesUserIsAnsweredNotFoundByEveryFormAndNothingChanges() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Own pages practice");
        CareTeam stranger = CareTeam.hire(port, practices, staff, "Stranger pages practice");
        UUID patient = team.patient("Okafor", "Grace");
        String plan = TestPatients.startCarePlan(team.careManager, patient, "CCM", "hypertension");
        String call = team.careManager.postJson("/api/patients/" + patient + "/interactions", Map.of("kind", "OUTBOUND_CALL",
                "outcome", "REACHED", "topics", List.of(), "notes", "Needs a refill")).json().get("id").asString();
        Api.Response handed = team.careManager.postJson("/api/patients/" + patient + "/interactions/" + call + "/handoffs",
                Map.of("rolePool", "NURSE"));
        String task = handed.json().get("task").get("id").asString();
        String version = handed.json().get("task").get("version").asString();
        WebSession nurse = stranger.signIn(stranger.nurseUsername());
        WebSession careManager = stranger.signIn(stranger.careManagerUsername());
        nurse.get("/worklist");
        careManager.get("/worklist");

        assertThat(nurse.post("/handoffs/" + task + "/take", Map.of("version", version)).statusCode()).isEqualTo(404);
        assertThat(nurse.post("/handoffs/" + task + "/done", Map.of("version", version, "note", "x")).statusCode())
                .isEqualTo(404);
        assertThat(careManager.post("/patients/" + patient + "/interactions/" + call + "/handoff",
                Map.of("to", "NURSE", "note", "Call her")).statusCode()).isEqualTo(404);
        assertThat(careManager.post("/patients/" + patient + "/documents", Map.of("kind", "OTHER")).statusCode())
                .isEqualTo(404);
        assertThat(careManager.post("/care-plans/" + plan + "/shares", Map.of("recipientName", "Dr Chen",
                "method", "FHIR_BUNDLE")).statusCode()).isEqualTo(404);
        assertThat(careManager.get("/care-plans/" + plan + "/shares/directory?name=Chen").statusCode()).isEqualTo(404);

        assertThat(jdbc.sql("select count(*) || ' ' || min(version) || ' ' || min(status) || ' ' || count(owner_id) "
                + "from task where patient_id = ?").param(patient).query(String.class).single())
                .isEqualTo("1 " + version + " OPEN 0");
        assertThat(jdbc.sql("select count(*) from clinical_document where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from care_plan_share where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }
}
