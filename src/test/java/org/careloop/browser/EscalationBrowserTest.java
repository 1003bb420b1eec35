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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nurse closes a suicide-risk escalation in a real browser: she sees what raised it (both triggers on one task),
 * and "Mark done" is a small form asking what was done and a note; the closure lands on the chart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theNurseClosesAnEscalationWithADispositionAndANoteAndTheChartShowsIt() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Escalation browser practice");
        UUID patient = team.enrolledPatient("Lowry", "Edith");
        administer(team.careManager, patient, "PHQ-9", List.of(0, 1, 0, 1, 0, 0, 0, 0, 1));
        administer(team.careManager, patient, "ASQ", List.of("yes", "no", "no", "no", "no"));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.nurseUsername(), team.password());
            WorklistBrowserTest.markPage(browser);
            assertThat(WorklistBrowserTest.textOf(browser, "tasks-pool")).contains("Same-day suicide-risk assessment",
                    "PHQ-9 item 9 (thoughts of death or self-harm) above zero; total 3", "ASQ non-acute positive screen");
            browser.driver().findElement(By.cssSelector(
                    "#tasks-pool button[aria-label='Take the task Same-day suicide-risk assessment']")).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#tasks-mine form.task-close")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector(
                    "#tasks-mine button[aria-label='Mark the task Same-day suicide-risk assessment done']")))
                    .as("no one-click close for an escalation").isEmpty();

            WebElement form = browser.driver().findElement(By.cssSelector("#tasks-mine form.task-close"));
            new Select(form.findElement(By.name("disposition"))).selectByValue("SAFETY_PLAN_MADE");
            form.findElement(By.name("closingNote")).sendKeys("Reached Edith; passive thoughts, no plan. Safety plan made.");
            browser.screenshot("escalation-disposition-form");
            form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> WorklistBrowserTest.textOf(browser, "tasks").contains("is done."));
            assertThat(WorklistBrowserTest.textOf(browser, "tasks-mine")).doesNotContain("Same-day suicide-risk assessment");
            assertThat(WorklistBrowserTest.samePage(browser)).as("no full page load").isTrue();

            browser.visit("/patients/" + patient + "?tab=assessments");
            assertThat(WorklistBrowserTest.textOf(browser, "escalations")).contains("Safety plan made",
                    "Reached Edith; passive thoughts, no plan. Safety plan made.", "Noor " + team.tag);
            browser.screenshot("escalation-closed-on-chart");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    private static void administer(Api caller, UUID patient, String instrument, List<?> answers) {
        Api.Response response = caller.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", instrument, "answers", answers));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
