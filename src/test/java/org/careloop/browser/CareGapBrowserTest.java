package org.careloop.browser;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.careloop.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A diabetic with a blood-pressure cuff whose last HbA1c is ten months old: the care manager sees on the worklist
 * that the HbA1c is overdue and how many device days the period has, opens the chart, and turns the open gap into an
 * intervention on the care plan with one click.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareGapBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCareManagerSeesAnOverdueHbA1cAndDeviceDaysOnTheWorklistAndAddsTheGapToTheCarePlan() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Care gap browser practice");
        UUID patient = team.enrolledPatient("Delacroix", "Mireille");
        TestRecords.diabetes(jdbc, patient);
        TestRecords.hba1c(jdbc, patient, "7.4", "10 months");
        UUID cuff = cuff(team, patient, LocalDate.now(CareTeam.ZONE).minusDays(5));
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            deviceWeight(patient, cuff, now.minusDays(daysAgo));
        }
        String plan = TestPatients.startCarePlan(team.careManager, patient, "CCM", "diabetes");
        assertThat(team.careManager.get("/api/patients/" + patient + "/care-gaps").status()).isEqualTo(200);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/worklist");
            WebElement row = browser.driver().findElement(By.xpath(
                    "//tr[contains(@class,'worklist-row')][.//a[contains(., 'Delacroix')]]"));
            assertThat(row.getText()).containsPattern("HbA1c\\S* overdue since \\w{3} \\d+")
                    .containsPattern("3 device days so far; 16 needed by \\w{3} \\d+");
            assertThat(browser.sidewaysOverflow()).isZero();
            assertThat(browser.accessibilityViolations()).isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'end'});", row);
            browser.screenshot("care-gap-worklist-reasons");

            browser.visit("/patients/" + patient + "?tab=summary");
            WebElement gaps = browser.driver().findElement(By.id("care-gaps"));
            assertThat(gaps.getText()).contains("Open care gaps").contains("HbA1c").contains("Add to care plan");
            scrollTo(browser, gaps);
            browser.screenshot("care-gap-open-on-chart-summary");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.sidewaysOverflow()).isZero();

            WebElement first = gaps.findElement(By.xpath(".//li[contains(., 'HbA1c')]"));
            String title = first.findElement(By.tagName("strong")).getText();
            first.findElement(By.xpath(".//button[normalize-space()='Add to care plan']")).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> d.getPageSource().contains("Added to the care plan: " + title));
            browser.screenshot("care-gap-added-to-care-plan");

            assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("content").get("interventions")
                    .findValuesAsString("description")).anyMatch(d -> d.startsWith("Close care gap: " + title));
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    /** Scrolls the element to the top of the window, clear of the sticky header and patient banner. */
    private static void scrollTo(Browser browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView(); window.scrollBy(0, -330);", element);
    }

    private UUID cuff(CareTeam team, UUID patient, LocalDate startedOn) {
        Api.Response registered = team.careManager.postJson("/api/patients/" + patient + "/devices", Map.of(
                "kind", "BP_CUFF", "maker", "Omron", "model", "BP7350", "serialNumber", "SN-" + team.tag,
                "vendorDeviceId", "cuff-" + team.tag, "startedOn", startedOn.toString()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return UUID.fromString(registered.json().get("id").asString());
    }

    /** A reading the device sent (the vendor feed is tested in DeviceFeedTests; here only its day counts). */
    private void deviceWeight(UUID patient, UUID device, OffsetDateTime at) {
        jdbc.sql("""
                insert into observation (id, patient_id, status, code_system, code, display, value_quantity, value_unit,
                                         effective_at, source, device_id)
                values (gen_random_uuid(), ?, 'final', 'http://loinc.org', '29463-7', 'Body weight', 81.2, 'kg', ?, 'DEVICE', ?)""")
                .params(patient, at, device).update();
    }
}
