package org.careloop.browser;

import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the phone, a patient with hypertension reads out today's blood pressure. The care manager keys it into the
 * chart: a slip ("12O") is named beside its field and nothing is stored; corrected, the reading is saved, the trend
 * shows it and the blood-pressure care gap closes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadingEntryBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCareManagerKeysInABloodPressureReadOutOnThePhoneAndASlipIsNamedBesideItsField() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Reading entry browser practice");
        UUID patient = team.enrolledPatient("Okonkwo", "Adaeze");
        TestRecords.hypertension(jdbc, patient);
        // the problem was written behind the record's back: the chart evaluates the care gaps afresh
        jdbc.sql("delete from care_gap where patient_id = ?").param(patient).update();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient + "?tab=summary");
            assertThat(browser.driver().findElement(By.id("care-gaps")).getText()).contains("Blood pressure under control");
            WebElement summary = browser.driver().findElement(By.cssSelector("#reading-entry summary"));
            summary.sendKeys(Keys.ENTER);
            browser.waiting().until(d -> d.findElement(By.id("reading-systolic")).isDisplayed());
            assertThat(browser.field("reading-value").isDisplayed()).as("a blood pressure has no single value").isFalse();

            new Select(browser.field("reading-kind")).selectByValue("WEIGHT");
            assertThat(browser.field("reading-value").isDisplayed()).isTrue();
            assertThat(browser.field("reading-systolic").isDisplayed()).isFalse();
            assertThat(new Select(browser.field("reading-unit")).getOptions().stream()
                    .filter(WebElement::isEnabled).map(WebElement::getText)).containsExactly("kg", "lb");
            new Select(browser.field("reading-kind")).selectByValue("BLOOD_PRESSURE");
            assertThat(new Select(browser.field("reading-unit")).getFirstSelectedOption().getText()).isEqualTo("mmHg");

            browser.field("reading-systolic").sendKeys("12O");
            browser.field("reading-diastolic").sendKeys("78");
            browser.field("save-reading").sendKeys(Keys.ENTER);
            browser.waiting().until(d -> !d.findElements(By.id("reading-systolic-error")).isEmpty());
            assertThat(browser.field("reading-systolic-error").getText()).isEqualTo("must be a number");
            assertThat(browser.field("reading-systolic").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.field("reading-systolic").getAttribute("value")).as("what was typed stays").isEqualTo("12O");
            assertThat(browser.field("reading-diastolic").getAttribute("value")).isEqualTo("78");
            assertThat(readingsOf(patient)).as("a refused reading stores nothing").isZero();
            scrollTo(browser, "reading-entry");
            browser.screenshot("reading-entry-slip-named-beside-its-field");
            assertThat(accessibilityViolationsAtTheTop(browser)).isEmpty();

            WebElement systolic = browser.field("reading-systolic");
            systolic.clear();
            systolic.sendKeys("128");
            browser.field("save-reading").sendKeys(Keys.ENTER);
            browser.waiting().until(d -> d.getPageSource().contains("Saved: Blood pressure 128/78 mmHg"));
            assertThat(browser.text()).contains("Saved: Blood pressure 128/78 mmHg, Read out by the patient.");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#trend-bp canvas[data-drawn=true]")).isEmpty());
            assertThat(browser.field("trend-bp").getText()).contains("Latest 128/78 mmHg");
            assertThat(browser.field("care-gaps").getText()).doesNotContain("Blood pressure under control");
            assertThat(jdbc.sql("select source from observation where patient_id = ?").param(patient)
                    .query(String.class).single()).isEqualTo("PATIENT_REPORTED");
            scrollTo(browser, "trends-title");
            browser.screenshot("reading-entry-saved-on-the-trend");
            assertThat(accessibilityViolationsAtTheTop(browser)).isEmpty();

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.driver().findElement(By.cssSelector("#reading-entry summary")).sendKeys(Keys.ENTER);
            scrollTo(browser, "reading-entry");
            browser.screenshot("reading-entry-on-a-phone");
            assertThat(browser.sidewaysOverflow()).as(String.join(", ", browser.overflowingElements())).isZero();
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    /** Checked from the top of the page: scrolled, the sticky header lies over the targets beneath it. */
    private static java.util.List<String> accessibilityViolationsAtTheTop(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        return browser.accessibilityViolations();
    }

    private long readingsOf(UUID patient) {
        return jdbc.sql("select count(*) from observation where patient_id = ?").param(patient).query(Long.class).single();
    }

    /** Scrolls the element to the top of the window, clear of the sticky header and patient banner when wide. */
    private static void scrollTo(Browser browser, String id) {
        long clear = browser.driver().manage().window().getSize().getWidth() > 700 ? 380 : 80;
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -arguments[1]);", id, clear);
    }
}
