package org.careloop.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.Browser;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The biller's month in a real browser, on a practice of its own (closing a month locks that practice's time, so
 * the demo practices are never closed here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BillingMonthBrowserTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    String tag;
    UUID practice;
    YearMonth month;
    Api careManager;
    Api provider;

    @BeforeEach
    void setUp() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Billing page practice");
        tag = team.tag;
        practice = team.practice;
        careManager = team.careManager;
        provider = team.provider;
        team.biller();
        team.admin();
        month = YearMonth.now(ZONE);
    }

    @Test
    void aBillerClosesTheMonthAndDownloadsACsvHolding99490() throws Exception {
        UUID busy = enrolledPatientWithCarePlan("Okonkwo", "Ada");
        logMinutes(busy, 1, 25);
        logMinutes(busy, 2, 16);
        UUID quiet = enrolledPatientWithCarePlan("Varga", "Imre");
        logMinutes(quiet, 3, 12);

        try (Browser browser = Browser.open(port)) {
            browser.signIn("biller." + tag, "pw-" + tag);
            assertThat(browser.currentPath()).startsWith("/billing");
            String page = browser.text();
            assertThat(page).contains("Okonkwo, Ada").contains("41 min of clinical staff time: 99490 + 99439")
                    .contains("8 min short of 99490").contains("Open");
            assertThat(browser.field("near-threshold").getText()).contains("Varga, Imre").contains("12 min of CCM, 8 short of 99490");
            assertThat(browser.field("totals").getText()).contains("99490").contains("99439");
            browser.screenshot("billing-month-open");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('patients-heading').scrollIntoView()");
            browser.screenshot("billing-month-open-totals");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");

            browser.driver().findElement(By.cssSelector("#close-month summary")).click();
            browser.field("confirm-close").click();
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("month-status")).getText().contains("Closed"));
            assertThat(browser.text()).contains("statement version 1").contains("closed by biller." + tag);

            String href = browser.field("download-csv").getAttribute("href");
            Cookie session = browser.driver().manage().getCookieNamed("SESSION");
            HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", session.getName() + "=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("-v1.csv"));
            assertThat(csv.body().lines().filter(line -> line.startsWith("\"Okonkwo, Ada\"")))
                    .anyMatch(line -> line.contains(",99490,1,," + month.atEndOfMonth() + ",\"E11.9\",\"I10\","));
            assertThat(csv.body()).doesNotContain("Varga");
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and practice_id = ? and channel = 'UI'")
                    .param(practice).query(Long.class).single()).isEqualTo(1);
            browser.screenshot("billing-month-closed");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
            browser.visit("/billing");
            browser.screenshot("billing-month-tablet");
        }
    }

    @Test
    void anAdministratorReopensAClosedMonthOnlyWithAReason() {
        UUID busy = enrolledPatientWithCarePlan("Okafor", "Grace");
        logMinutes(busy, 1, 22);
        Api.at(port).as("biller." + tag, "pw-" + tag).postJson("/api/billing/months/" + month + "/close?practice=" + practice, Map.of());

        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + tag, "pw-" + tag);
            browser.visit("/billing");
            assertThat(browser.field("month-status").getText()).contains("Closed");
            browser.driver().findElement(By.cssSelector("#reopen-month summary")).click();
            // the browser would refuse an empty reason itself; the server must refuse it too
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('reason').removeAttribute('required')");
            browser.driver().findElement(By.cssSelector("#reopen-month button[type=submit]")).click();
            browser.waiting().until(d -> !d.findElements(By.id("reason-error")).isEmpty());
            assertThat(browser.field("reason-error").getText()).contains("Say why");
            assertThat(browser.field("month-status").getText()).contains("Closed");
            browser.screenshot("billing-reopen-needs-reason");

            browser.field("reason").sendKeys("late amendment for Grace Okafor");
            browser.driver().findElement(By.cssSelector("#reopen-month button[type=submit]")).click();
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("month-status")).getText().contains("Open"));
            assertThat(browser.text()).contains("Re-opened");
            browser.screenshot("billing-reopened");
        }
    }

    @Test
    void aBillerChoosesTheIcd10CodeOfAProblemTheMapCannotDecideAndTheLineGoesOut() {
        UUID patient = enrolledPatientWithCarePlan("Lindqvist", "Maja");
        jdbc.sql("""
                update condition set snomed_code = '88805009', display = 'Chronic congestive heart failure'
                 where patient_id = ? and snomed_code = '44054006'""").param(patient).update();
        logMinutes(patient, 1, 24);

        try (Browser browser = Browser.open(port)) {
            browser.signIn("biller." + tag, "pw-" + tag);
            browser.visit("/billing");
            assertThat(browser.text()).contains("No ICD-10-CM diagnosis for Chronic congestive heart failure: choose one");
            org.openqa.selenium.support.ui.Select choice = new org.openqa.selenium.support.ui.Select(
                    browser.field("dx-" + patient + "-88805009"));
            assertThat(choice.getOptions()).extracting(org.openqa.selenium.WebElement::getText)
                    .contains("I50.22 Chronic systolic (congestive) heart failure", "I50.9 Heart failure, unspecified");
            browser.screenshot("billing-month-diagnosis-choice");

            choice.selectByValue("I50.32");
            browser.driver().findElement(By.cssSelector("form.diagnosis-choice button[type=submit]")).click();
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("24 min of clinical staff time: 99490"));
            assertThat(browser.text()).doesNotContain("choose one").contains("24 min of clinical staff time: 99490");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.field("dx-" + patient + "-88805009"))
                    .getFirstSelectedOption().getAttribute("value")).isEqualTo("I50.32");
            browser.screenshot("billing-month-diagnosis-chosen");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    void aCareManagerIsRefusedTheBillingPage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm." + tag, "pw-" + tag);
            browser.visit("/billing");
            assertThat(browser.text()).contains("403");
            assertThat(browser.text()).doesNotContain("Close the month");
        }
    }

    private UUID enrolledPatientWithCarePlan(String family, String given) {
        UUID patient = TestPatients.register(careManager, family, given);
        for (String[] code : new String[][] {{"44054006", "Diabetes mellitus type 2"}, {"59621000", "Essential hypertension"}}) {
            jdbc.sql("""
                    insert into condition (id, patient_id, snomed_code, display, clinical_status, onset_at)
                    values (gen_random_uuid(), ?, ?, ?, 'active', now() - interval '3 years')""")
                    .params(patient, code[0], code[1]).update();
        }
        UUID doctor = jdbc.sql("select id from app_user where username = ?").param("dr." + tag).query(UUID.class).single();
        TestPatients.enrollInCcm(careManager, provider, patient, doctor, month.atDay(1));
        TestPatients.signedCarePlan(careManager, provider, patient, "diabetes", "hypertension");
        return patient;
    }

    private void logMinutes(UUID patient, int day, int minutes) {
        ZonedDateTime start = month.atDay(1).atStartOfDay(ZONE).plusMinutes(5).plusHours(day - 1);
        Api.Response logged = careManager.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "PATIENT_COMMUNICATION", "startedAt", start.toOffsetDateTime().toString(), "minutes", minutes,
                "notes", "monthly call", "amendment", false));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }
}
