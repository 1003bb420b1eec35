package org.careloop.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's timeline tells the patient's story newest first: the death on top, the enrollment it ended, the
 * escalation closed with its disposition and note above the one opened, the screen with its score, the call with its
 * notes, the signed care plan and the referral at the bottom. Each module's read is on the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartTimelineTests {

    private static final Pattern EVENT = Pattern.compile(
            "<li class=\"timeline-event kind-(\\w+)\"[^>]*>\\s*<time datetime=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTimelineTellsThePatientsStoryNewestFirst() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Timeline practice");
        UUID patient = team.enrolledPatient("Quill", "Rosa");
        TestPatients.signedCarePlan(team.careManager, team.provider, patient, "diabetes", "hypertension");
        Api.Response call = team.careManager.postJson("/api/patients/" + patient + "/interactions", Map.of(
                "kind", "OUTBOUND_CALL", "outcome", "REACHED", "topics", List.of("medications"),
                "notes", "Rosa is taking her metformin again"));
        assertThat(call.status()).as(call.toString()).isEqualTo(201);
        Api.Response phq9 = team.careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(1, 1, 0, 1, 0, 0, 0, 0, 1)));
        assertThat(phq9.status()).as(phq9.toString()).isEqualTo(201);
        JsonNode escalation = team.nurse.get("/api/tasks?view=ALL&patient=" + patient).json().get(0);
        Api.Response closed = team.nurse.patchJson("/api/tasks/" + escalation.get("id").asString(), Map.of(
                "version", escalation.get("version").asInt(), "status", "DONE", "disposition", "SAFETY_PLAN_MADE",
                "closingNote", "Reached Rosa; no plan or intent. Safety plan made."));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        LocalDate today = LocalDate.now(CareTeam.ZONE);
        assertThat(team.careManager.postJson("/api/patients/" + patient + "/death",
                Map.of("diedOn", today.toString(), "source", "hospital notice")).status()).isEqualTo(200);
        OffsetDateTime shown = OffsetDateTime.now();

        String timeline = team.signIn(team.careManagerUsername()).htmx("/patients/" + patient + "?tab=timeline").body();

        List<String> kinds = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        Matcher event = EVENT.matcher(timeline);
        while (event.find()) {
            kinds.add(event.group(1));
            times.add(Instant.parse(event.group(2)));
        }
        assertThat(times).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(kinds.get(0)).isEqualTo("DEATH");
        assertThat(kinds.get(1)).isEqualTo("ENROLLMENT");
        assertThat(kinds).containsSubsequence("DEATH", "ENROLLMENT", "ESCALATION_CLOSED", "ESCALATION_OPENED",
                "CONTACT", "SIGNATURE", "CARE_PLAN", "ENROLLMENT");
        assertThat(kinds.subList(kinds.indexOf("ESCALATION_OPENED"), kinds.size())).contains("ASSESSMENT");
        assertThat(kinds.get(kinds.size() - 1)).as("the referral is the oldest").isEqualTo("ENROLLMENT");
        assertThat(timeline).contains("Died on " + today, "recorded by Casey " + team.tag + ": hospital notice")
                .contains("CCM: active → disenrolled", "Patient died on " + today)
                .contains("Escalation closed: Safety plan made", "Reached Rosa; no plan or intent. Safety plan made.")
                .contains("Outbound call: Reached · medications", "Rosa is taking her metformin again")
                .contains("PHQ-9", "score 4")
                .contains("CCM care plan version 1 signed")
                .contains("CCM: referred");

        List<String> audited = jdbc.sql("""
                select distinct resource_type from audit_event
                 where patient_id = ? and action = 'READ' and outcome = 'SUCCESS' and occurred_at >= ?""")
                .params(patient, shown).query(String.class).list();
        assertThat(audited).contains("Interaction", "QuestionnaireResponse", "Task", "EpisodeOfCare", "CarePlan");
    }
}
