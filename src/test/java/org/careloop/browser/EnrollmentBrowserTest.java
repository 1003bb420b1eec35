package org.careloop.browser;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month's start for a new patient without the API: the care manager registers and refers them, the provider
 * attests, the care manager records consent (a missing disclosure is refused beside its box) and logs time by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnrollmentBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    String tag;
    String password;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Enrollment practice " + tag).id();
        password = "pw-" + tag;
        staff.hire("cm." + tag, "Casey " + tag, password, null, "RN", List.of(Role.CARE_MANAGER), Set.of(practice));
        staff.hire("dr." + tag, "Dr " + tag, password, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice));
    }

    @Test
    void registerReferAttestConsentAndLogTimeByHand() {
        try (Browser careManager = Browser.open(port); Browser provider = Browser.open(port)) {
            careManager.signIn("cm." + tag, password);
            careManager.visit("/worklist");
            click(careManager, careManager.field("register-patient"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-form")));
            careManager.field("register-familyName").sendKeys("Quill" + tag);
            careManager.field("register-givenNames").sendKeys("Ada");
            setValue(careManager, careManager.field("register-birthDate"), "1947-05-06");
            new Select(careManager.field("register-sex")).selectByValue("female");
            careManager.field("register-phone").sendKeys("555-0199");
            careManager.field("register-preferredLanguage").sendKeys("English");
            assertThat(new Select(careManager.field("register-assignedCareManagerId")).getFirstSelectedOption().getText())
                    .isEqualTo("Casey " + tag);
            careManager.screenshot("enrollment-register");
            click(careManager, careManager.field("register-submit"));
            careManager.waiting().until(d -> careManager.currentPath().endsWith("/enrollment"));
            String enrollmentPath = careManager.currentPath();
            UUID patient = UUID.fromString(enrollmentPath.split("/")[2]);
            assertThat(careManager.field("enrollment-heading").getText()).contains("Quill" + tag);

            new Select(careManager.field("refer-program")).selectByValue("CCM");
            new Select(careManager.field("refer-practitioner")).selectByVisibleText("Dr " + tag);
            careManager.field("refer-reason").sendKeys("diabetes and heart failure");
            click(careManager, careManager.field("refer-submit"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("status-CCM")));
            assertThat(careManager.field("status-CCM").getText()).isEqualTo("Referred");
            assertThat(careManager.driver().findElements(By.id("attest-CCM"))).isEmpty();

            provider.signIn("dr." + tag, password);
            provider.visit(enrollmentPath);
            provider.field("attest-note-CCM").sendKeys("two chronic conditions expected to last a year");
            click(provider, provider.field("attest-CCM"));
            waitForStatus(provider, "Eligible");
            scrollTo(provider, provider.field("enrollment-CCM"));
            provider.screenshot("enrollment-attested-by-provider");

            careManager.visit(enrollmentPath);
            new Select(careManager.field("consent-method-CCM")).selectByValue("VERBAL");
            for (String disclosure : List.of("costSharing", "onePractitionerPerMonth", "rightToStop")) {
                click(careManager, careManager.field("consent-" + disclosure + "-CCM"));
            }
            click(careManager, careManager.field("record-consent-CCM"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.id("consent-electronicSharing-CCM-error")));
            assertThat(careManager.field("consent-electronicSharing-CCM").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(careManager.driver().findElements(By.id("consent-costSharing-CCM-error"))).isEmpty();
            assertThat(careManager.field("status-CCM").getText()).isEqualTo("Eligible");
            assertThat(jdbc.sql("select count(*) from consent c join enrollment e on e.id = c.enrollment_id where e.patient_id = ?")
                    .param(patient).query(Integer.class).single()).isZero();
            scrollTo(careManager, careManager.field("consent-electronicSharing-CCM-error"));
            careManager.screenshot("enrollment-consent-missing-disclosure");

            for (String disclosure : List.of("costSharing", "onePractitionerPerMonth", "rightToStop", "electronicSharing")) {
                WebElement box = careManager.field("consent-" + disclosure + "-CCM");
                if (!box.isSelected()) {
                    click(careManager, box);
                }
            }
            click(careManager, careManager.field("record-consent-CCM"));
            waitForStatus(careManager, "Active");
            assertThat(careManager.field("consent-summary-CCM").getText()).contains("Verbal");
            scrollTo(careManager, careManager.field("enrollment-CCM"));
            careManager.screenshot("enrollment-active");

            click(careManager, careManager.field("time-link"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("time-form")));
            new Select(careManager.field("time-program")).selectByValue("CCM");
            new Select(careManager.field("time-activity")).selectByValue("CARE_COORDINATION");
            java.time.ZonedDateTime began = java.time.ZonedDateTime.now(java.time.ZoneId.of("America/New_York"))
                    .minusHours(1).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            startAt(careManager, began);
            careManager.field("time-minutes").sendKeys("15");
            careManager.field("time-notes").sendKeys("Called the pharmacy about refills");
            click(careManager, careManager.field("log-time-submit"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("minutes-CCM")));
            assertThat(careManager.field("minutes-CCM").getText()).contains("15");
            assertThat(careManager.text()).contains("Care coordination").contains("Called the pharmacy about refills");
            careManager.screenshot("enrollment-time-logged");

            new Select(careManager.field("time-activity")).selectByValue("REVIEW_RESULTS");
            startAt(careManager, began);
            careManager.field("time-minutes").sendKeys("10");
            click(careManager, careManager.field("log-time-submit"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("time-form-error")));
            assertThat(careManager.field("time-form-error").getText()).containsIgnoringCase("overlap");
            assertThat(careManager.field("minutes-CCM").getText()).contains("15");
            scrollTo(careManager, careManager.field("time-form-error"));
            careManager.screenshot("enrollment-time-overlap-refused");

            click(careManager, careManager.field("chart-link"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrollment-link")));
            assertThat(careManager.field("minutes-this-month").getText()).contains("15");
            careManager.screenshot("enrollment-chart-links");
            click(careManager, careManager.field("enrollment-link"));
            careManager.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("move-form-CCM")));
            new Select(careManager.field("move-to-CCM")).selectByValue("PAUSED");
            careManager.field("move-reason-CCM").sendKeys("in hospital this week");
            click(careManager, careManager.field("move-CCM"));
            waitForStatus(careManager, "Paused");
            click(careManager, careManager.field("history-CCM"));
            assertThat(careManager.text()).contains("in hospital this week");
            careManager.screenshot("enrollment-paused-history");
        }
    }

    private static void waitForStatus(Browser browser, String status) {
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("status-CCM")).getText().equals(status));
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void setValue(Browser browser, WebElement element, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", element, value);
    }

    /** The time form starts at the minute it was opened; the work logged here began earlier. */
    private static void startAt(Browser browser, java.time.ZonedDateTime began) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[2]; arguments[1].value = arguments[3];", browser.field("time-date"),
                browser.field("time-startTime"), began.toLocalDate().toString(), began.toLocalTime().toString());
    }
}
