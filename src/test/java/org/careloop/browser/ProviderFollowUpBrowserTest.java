package org.careloop.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's morning in a real browser: attest an enrollment and review a positive screen with a plan from the
 * inbox, then sign the care plan on its page and record the periodic review there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderFollowUpBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void aProviderAttestsReviewsAScreenWithAPlanSignsThePlanAndRecordsItsReview() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Provider follow-up practice");
        UUID patient = team.enrolledPatient("Haddad", "Samir");
        UUID plan = team.planAwaitingSignOff(patient);
        Api.Response screen = team.careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(3, 3, 2, 2, 2, 2, 2, 1, 1)));
        assertThat(screen.status()).as(screen.toString()).isEqualTo(201);
        UUID referred = team.patient("Brennan", "Aoife");
        String enrollment = team.careManager.postJson("/api/patients/" + referred + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", team.providerId.toString())).json().get("id").asString();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.providerUsername(), team.password());
            assertThat(browser.currentPath()).isEqualTo("/inbox");
            assertThat(browser.text()).contains("Enrollments to attest", "Brennan, Aoife", "Score 18",
                    "moderately severe", "Suicide risk");
            browser.screenshot("inbox-attestations-and-results");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.field("screens"));
            browser.screenshot("inbox-screen-results");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");

            browser.driver().findElement(By.cssSelector("tr[data-enrollment='" + enrollment + "'] button")).click();
            browser.waiting().until(d -> d.findElements(By.cssSelector("tr[data-enrollment='" + enrollment + "']")).isEmpty());
            assertThat(browser.text()).contains("You attested the CCM enrollment; it is now eligible.");

            WebElement review = browser.driver().findElement(By.cssSelector("tr.screen-row form"));
            review.findElement(By.name("plan")).sendKeys("Safety plan reviewed; refer to behavioral health this week");
            new org.openqa.selenium.support.ui.Select(review.findElement(By.name("choice")))
                    .selectByValue("BEHAVIORAL_HEALTH_REFERRAL");
            review.findElement(By.cssSelector("button")).click();
            browser.waiting().until(d -> d.findElements(By.cssSelector("tr.screen-row")).isEmpty());
            assertThat(browser.text()).contains("The screen is marked reviewed.");
            browser.screenshot("inbox-after-attesting-and-reviewing");

            browser.visit("/care-plans/" + plan);
            browser.field("sign-plan").click();
            browser.waiting().until(d -> d.getPageSource().contains("You signed version"));
            browser.field("review-changed-no").click();
            browser.field("review-note").sendKeys("Went through every goal; no change needed");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.field("plan-review"));
            browser.screenshot("care-plan-review-form");
            browser.field("record-review").click();
            browser.waiting().until(d -> d.getPageSource().contains("The review was recorded."));
            assertThat(browser.field("reviews-recorded").getText()).contains(team.providerUsername(), "Plan not changed",
                    "Went through every goal; no change needed");
            assertThat(browser.field("version-1").getText()).contains("Signed").doesNotContain("Needs signature");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.field("plan-review"));
            browser.screenshot("care-plan-review-recorded");
        }
        assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("signOff").asString()).isEqualTo("SIGNED");
    }
}
