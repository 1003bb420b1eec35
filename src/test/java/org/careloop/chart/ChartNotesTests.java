package org.careloop.chart;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every contact's notes are on the chart, as written: on the interactions tab under each contact (all of them, not
 * only this month's) and on the timeline, with their line breaks and escaped, so a note is read, never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartNotesTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void eachContactsNotesAreShownEscapedWithTheirLineBreaksOnTheInteractionsTabAndTheTimeline() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Notes practice");
        UUID patient = team.enrolledPatient("Quill", "Rosa");
        String notes = "Taking metformin again.\nSugar log: 142, 150 <b>fasting</b>.\nWants a call on Friday.";
        record(team.careManager, patient, "OUTBOUND_CALL", "REACHED", notes, "2025-01-10T15:30:00Z");
        record(team.careManager, patient, "OUTBOUND_CALL", "LEFT_VOICEMAIL", "Left a message with her daughter.", null);

        WebSession session = team.signIn(team.careManagerUsername());
        String tab = session.htmx("/patients/" + patient + "?tab=time").body();
        String escaped = "Taking metformin again.\nSugar log: 142, 150 &lt;b&gt;fasting&lt;/b&gt;.\nWants a call on Friday.";
        assertThat(tab).contains("<p class=\"contact-notes\">" + escaped + "</p>")
                .as("last year's contact too").contains("Jan 10, 2025")
                .contains("Left a message with her daughter.").doesNotContain("<b>fasting</b>")
                .contains("Hand over to the nurse or provider");
        String timeline = session.htmx("/patients/" + patient + "?tab=timeline").body();
        assertThat(timeline).contains(escaped).contains("Left a message with her daughter.");
    }

    private static void record(Api careManager, UUID patient, String kind, String outcome, String notes, String at) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "outcome", outcome,
                "topics", List.of("medications"), "notes", notes));
        if (at != null) {
            body.put("occurredAt", at);
        }
        Api.Response recorded = careManager.postJson("/api/patients/" + patient + "/interactions", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }
}
