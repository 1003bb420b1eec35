package org.careloop.worklist;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A care manager's worklist over a panel of her own patients. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorklistApiTests {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    CareTeam team;
    Api careManager;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Worklist practice");
        careManager = team.careManager;
    }

    @Test
    void ranksPatientsByWhatNeedsDoingWithReasons() {
        UUID nearThreshold = enrolledPatient("Abbott", "Lena");
        UUID escalated = enrolledPatient("Brandt", "Otto");
        UUID done = enrolledPatient("Castro", "Ines");
        logMinutes(nearThreshold, 14);
        careManager.postJson("/api/patients/" + escalated + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(1, 1, 1, 1, 0, 0, 0, 0, 2)));
        logMinutes(done, 45);
        logMinutes(done, 20);
        careManager.postJson("/api/patients/" + done + "/interactions", Map.of("kind", "OUTBOUND_CALL", "outcome", "REACHED",
                "topics", List.of("medications"), "notes", "doing well"));

        Api.Response response = careManager.get("/api/worklist");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> rows = response.json().valueStream().toList();
        assertThat(rows).extracting(row -> row.get("patientId").asString())
                .containsExactly(escalated.toString(), nearThreshold.toString(), done.toString());
        assertThat(rows.get(0).get("reasons").get(0).asString()).isEqualTo("Open escalation");
        assertThat(rows.get(1).get("reasons").valueStream().map(JsonNode::asString).toList())
                .contains("No contact yet this month", "6 min to 99490");
        assertThat(rows.get(1).get("minutesThisMonth").get("CCM").asInt()).isEqualTo(14);
        assertThat(rows.get(2).get("reasons").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Billing blocked: no signed care plan");
    }

    @Test
    void aCareManagerSeesOnlyHerOwnPanel() {
        enrolledPatient("Dahl", "Sven");
        assertThat(Api.at(port).as("cm.okafor").get("/api/worklist").json().valueStream()
                .noneMatch(row -> row.get("name").asString().startsWith("Dahl"))).isTrue();
    }

    private UUID enrolledPatient(String family, String given) {
        return team.enrolledPatient(family, given);
    }

    private int hour = 0;

    private void logMinutes(UUID patient, int minutes) {
        var start = YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).plusMinutes(5).plusHours(hour++);
        Api.Response logged = careManager.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "PATIENT_COMMUNICATION", "startedAt", start.toOffsetDateTime().toString(), "minutes", minutes));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }
}
