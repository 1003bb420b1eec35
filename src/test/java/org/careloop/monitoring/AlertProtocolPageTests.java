package org.careloop.monitoring;

import java.net.http.HttpResponse;
import java.util.Map;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's alert-protocol page: the practice's thresholds, and adjusting one from a day on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertProtocolPageTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    CareTeam team;
    WebSession admin;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Protocol page practice");
        team.admin();
        admin = team.signIn("admin." + team.tag);
    }

    @Test
    void anAdminSeesThePracticesProtocolsAndLowersTheSevereBloodPressureThreshold() {
        HttpResponse<String> page = admin.get("/admin/alert-protocols");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Severe blood pressure elevation", "≥180/≥120 mmHg", "CareLoop default",
                "id=\"adjust-BP_SEVERE_HIGH\"", "Systolic (mmHg)");
        assertThat(admin.get("/admin").body()).contains("href=\"/admin/alert-protocols\"");

        HttpResponse<String> saved = admin.post("/admin/alert-protocols", Map.of("practice", team.practice.toString(),
                "code", "BP_SEVERE_HIGH", "threshold", "170", "threshold2", "110",
                "effectiveFrom", java.time.LocalDate.now(CareTeam.ZONE).toString(), "note", "Practice protocol 2026"));
        assertThat(saved.statusCode()).isEqualTo(302);

        HttpResponse<String> after = admin.get(saved.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, ""));
        assertThat(after.body()).contains("Severe blood pressure elevation: now ≥170/≥110 mmHg", "Set for the practice");
        assertThat(team.admin().get("/api/alert-protocols").text()).contains("\"adjustedFor\":\"PRACTICE\"");
    }

    @Test
    void anImplausibleSystolicThresholdIsRefusedBesideTheFieldAndNothingChanges() {
        admin.get("/admin/alert-protocols");

        HttpResponse<String> refused = admin.post("/admin/alert-protocols", Map.of("practice", team.practice.toString(),
                "code", "BP_SEVERE_HIGH", "threshold", "1800", "threshold2", "120", "effectiveFrom", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"BP_SEVERE_HIGH-threshold-error\"",
                "Systolic threshold must be between 120 and 250 mmHg", "value=\"1800\"");
        assertThat(admin.get("/admin/alert-protocols").body()).contains("≥180/≥120 mmHg").doesNotContain("Set for the practice");
    }

    @Test
    void aCareManagerMayNotOpenOrUseThePage() {
        WebSession careManager = team.signIn(team.careManagerUsername());

        assertThat(careManager.get("/worklist").statusCode()).isEqualTo(200);
        assertThat(careManager.get("/admin/alert-protocols").statusCode()).isEqualTo(403);
        assertThat(careManager.post("/admin/alert-protocols", Map.of("code", "BP_SEVERE_HIGH", "threshold", "130"))
                .statusCode()).isEqualTo(403);
    }
}
