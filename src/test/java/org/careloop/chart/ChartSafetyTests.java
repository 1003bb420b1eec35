package org.careloop.chart;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chart must not say: "No known allergies" when nobody recorded allergies (only an explicit statement such
 * as SNOMED 716186003 says so), empty lists read as "none" when nothing was recorded, and a "Negative screen" badge
 * beside a suicide-risk flag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartSafetyTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void allergiesNobodyRecordedAreNotRecordedAndOnlyAStatementSaysNoKnownAllergies() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Allergy practice");
        UUID unrecorded = team.patient("Hale", "Agnes");
        UUID statedNone = team.patient("Ives", "Bruno");
        allergy(statedNone, "716186003", "No known allergy");
        UUID allergic = team.patient("Jory", "Cleo");
        allergy(allergic, "91936005", "Allergy to penicillin");

        String page = chart(team, unrecorded);
        assertThat(element(page, "patient-allergies")).contains("Allergies not recorded").doesNotContain("No known");
        assertThat(page).contains("No conditions recorded.").contains("No medications recorded.");
        assertThat(element(chart(team, statedNone), "patient-allergies")).contains("No known allergy")
                .doesNotContain("not recorded");
        assertThat(element(chart(team, allergic), "patient-allergies")).contains("Allergy to penicillin")
                .doesNotContain("not recorded").doesNotContain("No known");
    }

    @Test
    void aPhq9WithTheSelfHarmItemIsNeverShownAsANegativeScreen() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Badge practice");
        UUID patient = team.patient("Kerr", "Dora");
        Api.Response phq9 = team.careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(0, 1, 0, 1, 0, 0, 0, 0, 1)));
        assertThat(phq9.json().get("positive").asBoolean()).as("a total of 3 is below the cut-off").isFalse();

        String tab = team.signIn(team.careManagerUsername()).htmx("/patients/" + patient + "?tab=assessments").body();
        assertThat(tab).contains("Suicide risk").contains("Safety flag raised").doesNotContain("Negative screen");
    }

    private String chart(CareTeam team, UUID patient) {
        return team.signIn(team.careManagerUsername()).get("/patients/" + patient).body();
    }

    private void allergy(UUID patient, String snomed, String display) {
        jdbc.sql("""
                insert into allergy (id, patient_id, code_system, code, display, clinical_status)
                values (?, ?, 'http://snomed.info/sct', ?, ?, 'active')""")
                .params(UUID.randomUUID(), patient, snomed, display).update();
    }

    /** The opening tag and text of the element with this id, up to the end of its paragraph. */
    private static String element(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("element #" + id).isNotNegative();
        int end = page.indexOf("</p>", at);
        return page.substring(at, end < 0 ? page.length() : end);
    }
}
