package org.careloop.worklist;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.careloop.audit.AuditTrail;
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

/** The provider's inbox over HTTP: plans to sign, screens to review, escalations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxPageTests {

    static final Map<String, String> HTMX = Map.of("HX-Request", "true", "HX-Target", "inbox");

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    AuditTrail audit;

    CareTeam team;
    UUID patient;
    UUID plan;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Inbox practice");
        patient = team.enrolledPatient("Carvalho", "Ines");
        plan = team.planAwaitingSignOff(patient);
    }

    @Test
    void aProviderSeesWhatAwaitsHerAndEachPatientShownIsAudited() {
        team.positivePhq9(patient);
        team.task(patient, "Worsening shortness of breath", "ESCALATION", "NURSE", null, 0);
        WebSession provider = team.signIn(team.providerUsername());

        HttpResponse<String> page = provider.get("/inbox", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Care plans to sign", "Carvalho, Ines", "CCM care plan, version " + version(),
                "by " + team.careManagerUsername(), "href=\"/care-plans/" + plan + "\"", "Sign version " + version(),
                "Positive screens to review", "PHQ-9", "Mark reviewed", "Worsening shortness of breath", "Nurse");
        assertThat(audit.search(patient, team.providerUsername(), null, null, 0, 50))
                .anyMatch(event -> event.channel().equals("UI") && event.resourceType().equals("CarePlan"))
                .anyMatch(event -> event.channel().equals("UI") && event.resourceType().equals("QuestionnaireResponse"))
                .anyMatch(event -> event.channel().equals("UI") && event.resourceType().equals("Task"));
    }

    @Test
    void signingFromTheInboxSignsTheVersionShownAndTheLineLeaves() {
        WebSession provider = team.signIn(team.providerUsername());
        provider.get("/inbox", Map.of());

        HttpResponse<String> signed = provider.post("/inbox/care-plans/" + plan + "/signature",
                Map.of("version", String.valueOf(version())), HTMX);
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).doesNotContain("<html").contains("You signed version " + version() + " of the CCM care plan.")
                .doesNotContain("data-plan=\"" + plan + "\"").contains("No care plan is waiting for your signature.");
        assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("signOff").asString()).isEqualTo("SIGNED");
    }

    @Test
    void aScreenMarkedReviewedWithoutHtmxLeavesWithAFlashMessage() {
        team.positivePhq9(patient);
        WebSession provider = team.signIn(team.providerUsername());
        String page = provider.get("/inbox", Map.of()).body();
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("/inbox/screens/([0-9a-f-]{36})/review").matcher(page);
        assertThat(form.find()).isTrue();

        HttpResponse<String> reviewed = provider.post("/inbox/screens/" + form.group(1) + "/review",
                Map.of("patientId", patient.toString()), Map.of());
        assertThat(reviewed.statusCode()).isEqualTo(302);
        assertThat(provider.get("/inbox", Map.of()).body()).contains("The screen is marked reviewed.")
                .contains("No positive screen is waiting for follow-up.");
    }

    @Test
    void onlyProvidersHaveAnInbox() {
        assertThat(team.signIn(team.careManagerUsername()).get("/inbox", Map.of()).statusCode()).isEqualTo(403);
    }

    private int version() {
        return team.careManager.get("/api/care-plans/" + plan).json().get("version").asInt();
    }
}
