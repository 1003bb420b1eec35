package org.careloop.worklist;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.careloop.audit.AuditTrail;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
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
                Map.of("patientId", patient.toString(), "plan", "No change; recheck at the next visit"), Map.of());
        assertThat(reviewed.statusCode()).isEqualTo(302);
        assertThat(provider.get("/inbox", Map.of()).body()).contains("The screen is marked reviewed.")
                .contains("No positive screen is waiting for follow-up.");
    }

    @Test
    void anEnrollmentWaitingForAttestationIsAttestedFromTheInbox() {
        UUID referredPatient = team.patient("Nakamura", "Yuki");
        Api.Response referred = team.careManager.postJson("/api/patients/" + referredPatient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", team.providerId.toString()));
        String enrollment = referred.json().get("id").asString();
        WebSession provider = team.signIn(team.providerUsername());

        String page = provider.get("/inbox", Map.of()).body();
        assertThat(page).contains("Enrollments to attest", "Nakamura, Yuki", "data-enrollment=\"" + enrollment + "\"",
                "You bill", "/inbox/enrollments/" + enrollment + "/attestation");

        HttpResponse<String> attested = provider.post("/inbox/enrollments/" + enrollment + "/attestation",
                Map.of("version", referred.json().get("version").asString(), "note", "Diabetes and CKD 3, both over a year"),
                HTMX);

        assertThat(attested.statusCode()).isEqualTo(200);
        assertThat(attested.body()).contains("You attested the CCM enrollment; it is now eligible.")
                .doesNotContain("data-enrollment=\"" + enrollment + "\"");
        tools.jackson.databind.JsonNode stored = team.careManager.get("/api/enrollments/" + enrollment).json();
        assertThat(stored.get("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(stored.get("attestedBy").asString()).isEqualTo(team.providerId.toString());
        assertThat(stored.get("attestation").asString()).isEqualTo("Diabetes and CKD 3, both over a year");
    }

    @Test
    void aStaleAttestationIsRefusedAndChangesNothing() {
        UUID referredPatient = team.patient("Oduya", "Femi");
        String enrollment = team.careManager.postJson("/api/patients/" + referredPatient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", team.providerId.toString())).json().get("id").asString();
        WebSession provider = team.signIn(team.providerUsername());
        provider.get("/inbox", Map.of());

        HttpResponse<String> refused = provider.post("/inbox/enrollments/" + enrollment + "/attestation",
                Map.of("version", "7"), HTMX);

        assertThat(refused.body()).contains("Not attested:").contains("data-enrollment=\"" + enrollment + "\"");
        assertThat(team.careManager.get("/api/enrollments/" + enrollment).json().get("status").asString())
                .isEqualTo("REFERRED");
    }

    @Test
    void positiveScreensShowTheirScoreSeverityAndSafetyFlags() {
        team.positivePhq9(patient);
        team.careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", java.util.List.of(3, 3, 3, 3, 3, 2, 0, 0, 2)));
        team.careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "GAD-7", "answers", java.util.List.of(3, 3, 2, 2, 2, 2, 2)));

        String page = team.signIn(team.providerUsername()).get("/inbox", Map.of()).body();

        assertThat(page).contains("Score 10", "moderate", "Score 19", "moderately severe", "Suicide risk", "GAD-7", "Score 16");
        assertThat(page).contains("name=\"plan\"", "Referral to behavioral health");
    }

    @Test
    void markingAScreenReviewedRecordsTheProvidersPlanAndRefusesWithoutOne() {
        team.positivePhq9(patient);
        WebSession provider = team.signIn(team.providerUsername());
        String page = provider.get("/inbox", Map.of()).body();
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("/inbox/screens/([0-9a-f-]{36})/review").matcher(page);
        assertThat(form.find()).isTrue();
        String screen = form.group(1);

        HttpResponse<String> withoutPlan = provider.post("/inbox/screens/" + screen + "/review",
                Map.of("patientId", patient.toString(), "plan", "  ", "choice", "SCHEDULE_VISIT"), HTMX);
        assertThat(withoutPlan.body()).contains("write the follow-up plan first").contains("/inbox/screens/" + screen + "/review");
        assertThat(assessment(screen).get("followedUpAt").isNull()).isTrue();

        HttpResponse<String> reviewed = provider.post("/inbox/screens/" + screen + "/review",
                Map.of("patientId", patient.toString(), "plan", "Start sertraline 50 mg; repeat PHQ-9 in 4 weeks",
                        "choice", "MEDICATION_CHANGE"), HTMX);

        assertThat(reviewed.body()).contains("The screen is marked reviewed.").doesNotContain("/inbox/screens/" + screen);
        tools.jackson.databind.JsonNode stored = assessment(screen);
        assertThat(stored.get("followUpPlan").get("plan").asString()).isEqualTo("Start sertraline 50 mg; repeat PHQ-9 in 4 weeks");
        assertThat(stored.get("followUpPlan").get("choice").asString()).isEqualTo("MEDICATION_CHANGE");
        assertThat(stored.get("reviewedBy").asString()).isEqualTo(team.providerId.toString());
        assertThat(team.signIn(team.careManagerUsername()).get("/patients/" + patient + "?tab=assessments", Map.of()).body())
                .contains("Provider&#39;s plan:", "Medication change", "Start sertraline 50 mg; repeat PHQ-9 in 4 weeks");
    }

    @Test
    void theFollowUpApiRefusesAReviewWithoutAPlanNamingTheField() {
        team.positivePhq9(patient);
        String screen = team.careManager.get("/api/patients/" + patient + "/assessments").json().get(0).get("id").asString();

        Api.Response refused = team.provider.postJson("/api/patients/" + patient + "/assessments/" + screen + "/follow-up",
                Map.of("choice", "NO_CHANGE"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.toString()).contains("plan");
        assertThat(assessment(screen).get("followedUpAt").isNull()).isTrue();
        assertThat(team.provider.postJson("/api/patients/" + patient + "/assessments/" + screen + "/follow-up",
                Map.of("plan", "No change: recheck at the next visit", "choice", "NO_CHANGE")).status()).isEqualTo(204);
    }

    @Test
    void onlyProvidersHaveAnInbox() {
        assertThat(team.signIn(team.careManagerUsername()).get("/inbox", Map.of()).statusCode()).isEqualTo(403);
    }

    private tools.jackson.databind.JsonNode assessment(String id) {
        for (tools.jackson.databind.JsonNode a : team.careManager.get("/api/patients/" + patient + "/assessments").json()) {
            if (a.get("id").asString().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no assessment " + id);
    }

    private int version() {
        return team.careManager.get("/api/care-plans/" + plan).json().get("version").asInt();
    }
}
