package org.careloop.careplan;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** The care plan page as a provider and a care manager use it: sign it there, record a review, read the versions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarePlanReviewPageTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    CarePlanEvidence evidence;

    @Autowired
    Clock clock;

    CareTeam team;
    UUID patient;
    UUID plan;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Care plan review practice");
        patient = team.enrolledPatient("Moreau", "Lucie");
        plan = team.planAwaitingSignOff(patient);
    }

    @Test
    void aProviderSignsFromTheCarePlanPage() {
        WebSession provider = team.signIn(team.providerUsername());
        String page = provider.get("/care-plans/" + plan).body();
        assertThat(page).contains("id=\"sign-plan\"", "action=\"/care-plans/" + plan + "/signature\"");
        assertThat(team.signIn(team.careManagerUsername()).get("/care-plans/" + plan).body())
                .doesNotContain("id=\"sign-plan\"");

        HttpResponse<String> signed = provider.post("/care-plans/" + plan + "/signature",
                Map.of("version", String.valueOf(version())));

        assertThat(signed.statusCode()).isEqualTo(302);
        assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("signOff").asString()).isEqualTo("SIGNED");
        assertThat(provider.get("/care-plans/" + plan).body()).contains("You signed version " + version())
                .doesNotContain("id=\"sign-plan\"");
    }

    @Test
    void aCareManagerCannotSignFromThePage() {
        HttpResponse<String> refused = team.signIn(team.careManagerUsername()).post("/care-plans/" + plan + "/signature",
                Map.of("version", String.valueOf(version())));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("signOff").asString())
                .isEqualTo("AWAITING_SIGN_OFF");
    }

    @Test
    void theVersionsListShowsASignedVersionAsSignedOnly() {
        team.provider.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", version()));

        String page = team.signIn(team.careManagerUsername()).get("/care-plans/" + plan).body();

        assertThat(versionItem(page, 1)).contains("Signed").doesNotContain("Needs signature");
    }

    @Test
    void onlyTheLatestUnsignedSubstantiveVersionNeedsASignature() {
        team.provider.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", version()));
        tools.jackson.databind.JsonNode current = team.careManager.get("/api/care-plans/" + plan).json();
        tools.jackson.databind.node.ArrayNode interventions = (tools.jackson.databind.node.ArrayNode)
                current.get("content").get("interventions").deepCopy();
        interventions.addObject().put("description", "Weigh every morning").put("responsibleParty", "PATIENT");
        Api.Response revised = team.careManager.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", version(),
                "interventions", interventions));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        String page = team.signIn(team.careManagerUsername()).get("/care-plans/" + plan).body();

        assertThat(versionItem(page, 1)).contains("Signed").doesNotContain("Needs signature");
        assertThat(versionItem(page, version())).contains("Needs signature").doesNotContain(">Signed<");
    }

    @Test
    void recordingAReviewClearsDueForReviewUntilTheNextReviewDate() {
        LocalDate today = LocalDate.now(clock);
        team.careManager.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", version(),
                "review", Map.of("nextReviewOn", today.toString(), "interval", "P3M")));
        assertThat(evidence.dueForReview(Set.of(patient), today)).containsExactly(patient);
        WebSession careManager = team.signIn(team.careManagerUsername());
        assertThat(careManager.get("/care-plans/" + plan).body()).contains("id=\"record-review\"");

        HttpResponse<String> recorded = careManager.post("/care-plans/" + plan + "/reviews", Map.of(
                "basedOnVersion", String.valueOf(version()), "reviewedOn", today.toString(), "changed", "false",
                "nextReviewOn", today.plusMonths(2).toString(), "note", "Went through every goal with Lucie"));

        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(evidence.dueForReview(Set.of(patient), today)).isEmpty();
        assertThat(evidence.dueForReview(Set.of(patient), today.plusMonths(2))).containsExactly(patient);
        String page = careManager.get("/care-plans/" + plan).body();
        assertThat(page).contains("The review was recorded.", "Went through every goal with Lucie",
                team.careManagerUsername(), "Plan not changed");
        assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("reviews").get(0).get("nextReviewOn")
                .asString()).isEqualTo(today.plusMonths(2).toString());
    }

    @Test
    void aReviewWithoutSayingWhetherThePlanChangedIsRefusedAndNothingIsStored() {
        int before = version();
        WebSession careManager = team.signIn(team.careManagerUsername());
        careManager.get("/care-plans/" + plan);

        HttpResponse<String> refused = careManager.post("/care-plans/" + plan + "/reviews", Map.of(
                "basedOnVersion", String.valueOf(before), "reviewedOn", LocalDate.now(clock).toString(),
                "nextReviewOn", LocalDate.now(clock).plusMonths(3).toString()));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"review-changed-error\"");
        assertThat(version()).isEqualTo(before);
        assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("reviews").isEmpty()).isTrue();
    }

    private static String versionItem(String page, int version) {
        Matcher item = Pattern.compile("<li id=\"version-" + version + "\">(.*?)</li>", Pattern.DOTALL).matcher(page);
        assertThat(item.find()).as("version " + version + " is listed").isTrue();
        return item.group(1);
    }

    private int version() {
        return team.careManager.get("/api/care-plans/" + plan).json().get("version").asInt();
    }
}
