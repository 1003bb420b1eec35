package org.careloop.adt;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's endpoints keep to the caller's practices: another practice's administrator or care manager does not see
 * its messages, its work queue or its senders, and trying to match its queued message or revise its sender answers 404
 * and changes nothing. Bad input is refused naming the field, and changes nothing either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careloop.adt.mllp.enabled=true", "careloop.adt.mllp.port=0"})
@Import(ReportedEncounters.class)
class HospitalFeedScopeTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedListener listener;

    @Autowired
    ReportedEncounters reported;

    CareTeam team;
    CareTeam other;
    Hospital mercy;
    JsonNode item;

    @BeforeEach
    void aQueuedMessageOfOnePractice() {
        team = CareTeam.hire(port, practices, staff, "Scoped feed practice");
        other = CareTeam.hire(port, practices, staff, "Other feed practice");
        mercy = Hospital.registeredTo(team);
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().orElseThrow())) {
            assertThat(client.send(mercy.message("A03", "Q-1", Hospital.pid("31337", "Quill", "Harriet", "1951-07-14"),
                    mercy.stay("I", 45, "202611301310"))).code()).isEqualTo("AA");
        }
        item = team.careManager.get("/api/adt/unmatched").json().get(0);
    }

    @Test
    void anotherPracticesStaffSeeNeitherItsMessagesNorItsQueueNorItsSenders() {
        for (Api stranger : new Api[] {other.admin(), other.careManager}) {
            assertThat(stranger.get("/api/adt/messages").json().valueStream()
                    .map(m -> m.get("controlId").asString())).doesNotContain("Q-1");
            assertThat(stranger.get("/api/adt/unmatched").json().valueStream()
                    .map(i -> i.get("id").asString())).doesNotContain(item.get("id").asString());
            assertThat(stranger.get("/api/adt/sources").json().valueStream()
                    .map(s -> s.get("id").asString())).doesNotContain(mercy.sourceId.toString());
            assertThat(stranger.get("/api/adt/messages?practiceId=" + team.practice).status()).isEqualTo(404);
        }
    }

    @Test
    void anotherPracticesAdministratorCannotMatchItsQueuedMessage() {
        UUID theirs = other.patient("Quill", "Harriet");
        Api.Response refused = other.admin().postJson(matchPath(), Map.of("patientId", theirs.toString(),
                "version", item.get("version").asInt()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertStillOpen();
    }

    @Test
    void aPatientOfAnotherPracticeCannotBeChosen() {
        UUID theirs = other.patient("Quill", "Harriet");
        Api.Response refused = team.careManager.postJson(matchPath(), Map.of("patientId", theirs.toString(),
                "version", item.get("version").asInt()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertStillOpen();
    }

    @Test
    void aMatchWithoutAPatientOrWithAStaleVersionIsRefusedAndChangesNothing() {
        Api.Response noPatient = team.careManager.postJson(matchPath(), Map.of("version", item.get("version").asInt()));
        assertThat(noPatient.status()).as(noPatient.toString()).isEqualTo(400);
        assertThat(noPatient.text()).contains("patientId");

        UUID harriet = team.patient("Quill", "Harriet");
        Api.Response stale = team.careManager.postJson(matchPath(), Map.of("patientId", harriet.toString(),
                "version", item.get("version").asInt() + 7));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        Api.Response nurse = team.nurse.postJson(matchPath(), Map.of("patientId", harriet.toString(),
                "version", item.get("version").asInt()));
        assertThat(nurse.status()).as("a nurse does not work the feed's queue").isEqualTo(403);
        assertStillOpen();
    }

    @Test
    void anotherPracticesAdministratorCannotReviseItsSender() {
        Map<String, Object> revision = new HashMap<>(Map.of("name", "Renamed", "sendingApplication", "EPIC",
                "sendingFacility", mercy.facility, "version", 0));
        Api.Response refused = other.admin().putJson("/api/adt/sources/" + mercy.sourceId, revision);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(jdbc.sql("select name from adt_feed_source where id = ?").param(mercy.sourceId).query(String.class)
                .single()).isEqualTo("Mercy General Hospital");

        Api.Response own = team.admin().putJson("/api/adt/sources/" + mercy.sourceId, revision);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("name").asString()).isEqualTo("Renamed");
        assertThat(own.json().get("version").asInt()).isEqualTo(1);
        assertThat(team.admin().putJson("/api/adt/sources/" + mercy.sourceId, revision).status())
                .as("the version read is stale now").isEqualTo(409);
    }

    @Test
    void aSenderIsRegisteredOnceWithEveryFieldItNeeds() {
        Api.Response missing = team.admin().postJson("/api/adt/sources", Map.of("name", "St Joseph",
                "sendingApplication", "CERNER"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("sendingFacility").contains("is required");

        Api.Response delimiter = team.admin().postJson("/api/adt/sources", Map.of("name", "St Joseph",
                "sendingApplication", "CERNER^1", "sendingFacility", "STJ"));
        assertThat(delimiter.status()).isEqualTo(400);
        assertThat(delimiter.text()).contains("sendingApplication").contains("HL7 delimiters");

        Api.Response twice = other.admin().postJson("/api/adt/sources", Map.of("name", "Mercy again",
                "sendingApplication", "EPIC", "sendingFacility", mercy.facility));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.text()).contains("sendingFacility").contains("each sender feeds one practice");

        assertThat(team.careManager.postJson("/api/adt/sources", Map.of("name", "St Joseph",
                "sendingApplication", "CERNER", "sendingFacility", "STJ")).status())
                .as("a care manager does not register senders").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from adt_feed_source where practice_id in (?, ?)")
                .params(team.practice, other.practice).query(Long.class).single()).isEqualTo(1);
    }

    private String matchPath() {
        return "/api/adt/unmatched/" + item.get("id").asString() + "/match";
    }

    private void assertStillOpen() {
        assertThat(jdbc.sql("select status from adt_unmatched_item where id = ?")
                .param(UUID.fromString(item.get("id").asString())).query(String.class).single()).isEqualTo("OPEN");
        assertThat(reported.of(team.practice)).isEmpty();
        assertThat(reported.of(other.practice)).isEmpty();
    }
}
