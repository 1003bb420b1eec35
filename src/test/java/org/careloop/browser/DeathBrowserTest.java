package org.careloop.browser;

import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care manager hears that a patient died and records it on the chart in a real browser: a small form, then the
 * banner, the age at death, Start call disabled with the reason, and the timeline showing the death and the
 * enrollment it ended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeathBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theCareManagerRecordsADeathAndTheChartShowsTheBannerAndTheTimeline() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Death browser practice");
        UUID patient = team.enrolledPatient("Sorrel", "Amos");
        Api.Response call = team.careManager.postJson("/api/patients/" + patient + "/interactions", Map.of(
                "kind", "OUTBOUND_CALL", "outcome", "REACHED", "topics", List.of("symptoms"),
                "notes", "Short of breath; advised to call the practice"));
        assertThat(call.status()).as(call.toString()).isEqualTo(201);
        LocalDate today = LocalDate.now(CareTeam.ZONE);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient);
            assertThat(browser.driver().findElements(By.id("death-banner"))).isEmpty();
            browser.driver().findElement(By.cssSelector("#record-death summary")).click();
            WebElement form = browser.driver().findElement(By.cssSelector("#record-death form"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    form.findElement(By.name("diedOn")), today.toString());
            form.findElement(By.name("source")).sendKeys("wife phoned the practice");
            form.findElement(By.name("note")).sendKeys("Died in hospital this morning");
            browser.screenshot("death-record-form");
            form.findElement(By.id("record-death-submit")).sendKeys(Keys.ENTER);

            browser.waiting().until(d -> !d.findElements(By.id("death-banner")).isEmpty());
            assertThat(browser.field("death-banner").getText())
                    .isEqualTo("Deceased on " + today + " (recorded by Casey " + team.tag + ": wife phoned the practice)");
            assertThat(browser.field("patient-age").getText()).startsWith("died " + today + " at ");
            assertThat(browser.field("start-call").isEnabled()).isFalse();
            assertThat(browser.field("start-call-reason").getText())
                    .isEqualTo("No call can be started: the patient died on " + today + ".");
            assertThat(browser.field("timeline").getText()).contains("Died on " + today,
                    "CCM: active → disenrolled", "Patient died on " + today,
                    "Short of breath; advised to call the practice");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1300));
            browser.screenshot("death-banner-and-timeline");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }
}
