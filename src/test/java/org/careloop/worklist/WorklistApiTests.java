package org.careloop.worklist;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
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

    Api careManager;
    Api provider;
    UUID careManagerId;
    UUID providerId;
    UUID practice;

    @BeforeEach
    void setUp() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        practice = practices.open("Worklist practice " + tag).id();
        careManagerId = staff.hire("cm." + tag, "CM " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER), Set.of(practice)).id();
        providerId = staff.hire("dr." + tag, "Dr " + tag, "pw-" + tag, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice)).id();
        careManager = Api.at(port).as("cm." + tag, "pw-" + tag);
        provider = Api.at(port).as("dr." + tag, "pw-" + tag);
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
                .containsExactly("Reached and over threshold this month");
    }

    @Test
    void aCareManagerSeesOnlyHerOwnPanel() {
        enrolledPatient("Dahl", "Sven");
        assertThat(Api.at(port).as("cm.okafor").get("/api/worklist").json().valueStream()
                .noneMatch(row -> row.get("name").asString().startsWith("Dahl"))).isTrue();
    }

    private UUID enrolledPatient(String family, String given) {
        Api.Response created = careManager.postJson("/api/patients", Map.of("familyName", family, "givenNames", given,
                "birthDate", "1948-02-03", "sex", "male", "assignedCareManagerId", careManagerId.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID patient = UUID.fromString(created.json().get("id").asString());
        JsonNode referred = careManager.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", providerId.toString())).json();
        provider.postJson("/api/enrollments/" + referred.get("id").asString() + "/attestation", Map.of("version", 0));
        careManager.postJson("/api/enrollments/" + referred.get("id").asString() + "/consent", Map.of("method", "WRITTEN",
                "obtainedOn", YearMonth.now(ZONE).atDay(1).toString(), "disclosures", Map.of("costSharing", true,
                        "onePractitionerPerMonth", true, "rightToStop", true, "electronicSharing", true)));
        return patient;
    }

    private int hour = 0;

    private void logMinutes(UUID patient, int minutes) {
        var start = YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).plusMinutes(5).plusHours(hour++);
        Api.Response logged = careManager.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "PATIENT_COMMUNICATION", "startedAt", start.toOffsetDateTime().toString(), "minutes", minutes));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }
}
