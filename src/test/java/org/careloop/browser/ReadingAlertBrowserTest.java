package org.careloop.browser;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
 * The patient reads out 184/112 on the phone; the nurse finds "BP 184/112 … — same-day RN review" in her pool, takes
 * it, and closes it with what was done and a note; the chart's blood-pressure trend marks the reading that raised the
 * alert and the threshold that applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadingAlertBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theNurseWorksABloodPressureAlertFromTheWorklistToItsDispositionAndTheChartMarksTheReading() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Reading alert browser practice");
        UUID patient = team.enrolledPatient("Achebe", "Ngozi");
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        record(team.careManager, patient, 142, 88, now.minusDays(6));
        record(team.careManager, patient, 151, 92, now.minusDays(3));
        record(team.careManager, patient, 184, 112, now.minusMinutes(30));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.nurseUsername(), team.password());
            WorklistBrowserTest.markPage(browser);
            assertThat(WorklistBrowserTest.textOf(browser, "tasks-pool")).contains("BP 184/112", "same-day RN review",
                    "BP 184/112 (≥180/≥120 mmHg)");
            browser.screenshot("reading-alert-in-nurse-pool");
            browser.driver().findElement(By.cssSelector("#tasks-pool button[aria-label^='Take the task BP 184/112']"))
                    .sendKeys(Keys.ENTER);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#tasks-mine form.task-close")).isEmpty());

            WebElement form = browser.driver().findElement(By.cssSelector("#tasks-mine form.task-close"));
            new Select(form.findElement(By.name("disposition"))).selectByValue("REACHED_AND_ADVISED");
            form.findElement(By.name("closingNote")).sendKeys(
                    "No chest pain, headache or vision change. Missed amlodipine twice; took it. Recheck tomorrow.");
            browser.screenshot("reading-alert-disposition-form");
            form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> WorklistBrowserTest.textOf(browser, "tasks").contains("is done."));
            assertThat(WorklistBrowserTest.textOf(browser, "tasks-mine")).doesNotContain("BP 184/112");

            browser.visit("/patients/" + patient);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#trend-bp canvas[data-drawn=true]")).isEmpty());
            assertThat(browser.driver().findElement(By.cssSelector("#trend-bp .trend-alerts")).getText())
                    .contains("Alert: BP 184/112").contains("threshold ≥180/≥120 mmHg");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('trend-bp').scrollIntoView(); window.scrollBy(0, -260);");
            browser.screenshot("reading-alert-marked-on-bp-trend");

            browser.visit("/patients/" + patient + "?tab=timeline");
            assertThat(browser.text()).contains("BP 184/112").contains("Reached and advised")
                    .contains("Missed amlodipine twice");
            browser.screenshot("reading-alert-closed-on-timeline");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    private static void record(Api careManager, UUID patient, int systolic, int diastolic, OffsetDateTime at) {
        Api.Response stored = careManager.postJson("/api/patients/" + patient + "/readings",
                Map.of("kind", "BLOOD_PRESSURE", "systolic", systolic, "diastolic", diastolic, "unit", "mmHg",
                        "takenAt", at.toString(), "source", "PATIENT_REPORTED"));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    }
}
