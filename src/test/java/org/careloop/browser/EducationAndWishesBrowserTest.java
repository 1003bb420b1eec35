package org.careloop.browser;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a care manager teaches a material on the call page and records the teach-back; the chart
 * header shows the patient's wishes; the education, appointments and wishes pages fit a phone and pass axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EducationAndWishesBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;
    UUID patient;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Teach-back practice");
        patient = team.enrolledPatient("Okafor", "Grace");
    }

    @Test
    void aCareManagerTeachesAMaterialOnTheCallPageAndRecordsTheTeachBack() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient + "/call");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("education-material")));
            new Select(browser.field("education-material")).selectByValue("low-salt-eating-en");
            browser.field("assign-material").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("education-saved")));
            String assignment = jdbc.sql("select id::text from education_assignment where patient_id = ?")
                    .param(patient).query(String.class).single();
            String form = "teach-back-" + assignment;
            assertThat(browser.text()).contains("Eating less salt").contains("Not yet taught back")
                    .contains("The call timer counts this time.");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0])"
                    + ".scrollIntoView({block: 'start'});"
                    + " window.scrollBy(0, -document.querySelector('.app-header').offsetHeight - 10);", "education-section");
            browser.screenshot("education-call-assigned");

            browser.field(form + "-to-CAREGIVER").click();
            browser.field(form + "-result-UNDERSTOOD").click();
            browser.field(form + "-note").sendKeys("Daughter said back: rinse canned beans, read sodium on labels.");
            browser.field("record-" + form).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("education-saved"),
                    "The teach-back was recorded."));
            WebElement history = browser.field("education-history");
            assertThat(history.getText()).contains("Eating less salt — Understood (Caregiver)")
                    .contains("by Casey " + team.tag).contains("rinse canned beans");
            // checked from the top of the page: the sticky header covers whatever the clicks left scrolled beneath it
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
            assertThat(browser.accessibilityViolations()).isEmpty();
            showCentered(browser, "education-history");
            browser.screenshot("education-call-teach-back-recorded");

            assertThat(jdbc.sql("""
                    select result || ' ' || taught_to from education_teach_back t
                      join education_assignment a on a.id = t.assignment_id where a.patient_id = ?""")
                    .param(patient).query(String.class).single()).isEqualTo("UNDERSTOOD CAREGIVER");
            browser.visit("/patients/" + patient);
            assertThat(browser.field("chart-education").getText()).contains("Eating less salt").contains("Understood");
        }
    }

    @Test
    void theChartHeaderShowsTheCodeStatusTheDirectiveOnFileAndTheProxy() {
        Api cm = team.careManager;
        assertThat(cm.putJson("/api/patients/" + patient + "/wishes/code-status", Map.of("codeStatus", "DNR",
                "source", "POLST signed with the provider")).status()).isEqualTo(200);
        assertThat(cm.postJson("/api/patients/" + patient + "/advance-directives", Map.of("kind", "POLST",
                "signedOn", "2026-02-01", "proxyName", "Maria Lopez", "proxyRelationship", "daughter")).status())
                .isEqualTo(201);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient);
            assertThat(browser.field("patient-wishes").getText()).isEqualTo("DNR · POLST on file · proxy: Maria Lopez (daughter) (as typed on the directive; not among the "
                    + "patient's contacts)");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("wishes-chart-header");
            browser.field("patient-wishes").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wishes-headline")));
            assertThat(browser.field("code-status-current").getText()).contains("DNR").contains("POLST signed");
        }
    }

    @Test
    void theEducationAppointmentsAndWishesPagesFitAPhoneAndPassAxe() {
        Api cm = team.careManager;
        String plan = TestPatients.startCarePlan(cm, patient, "CCM", "hypertension");
        assertThat(cm.postJson("/api/patients/" + patient + "/education", Map.of("materialId", "high-blood-pressure-es"))
                .status()).isEqualTo(201);
        assertThat(cm.postJson("/api/patients/" + patient + "/appointments", Map.of("kind", "SPECIALIST",
                "purpose", "cardiology", "startsAt", OffsetDateTime.now().plusDays(2).toString(),
                "location", "Heart Center of the Riverside Regional Medical Campus", "transport", "TRANSPORT_SERVICE",
                "transportNote", "Medicaid ride booked, pick-up 9:45")).status()).isEqualTo(201);
        assertThat(cm.postJson("/api/patients/" + patient + "/appointments", Map.of("kind", "LAB",
                "startsAt", OffsetDateTime.now().minusDays(2).toString())).status()).isEqualTo(201);
        assertThat(cm.postJson("/api/patients/" + patient + "/advance-directives", Map.of("kind", "LIVING_WILL",
                "originalLocation", "Lawyer's office")).status()).isEqualTo(201);
        List<String> pages = List.of("/patients/" + patient + "/education", "/patients/" + patient + "/appointments",
                "/patients/" + patient + "/wishes", "/care-plans/" + plan, "/patients/" + patient + "/call",
                "/patients/" + patient);
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 800))) {
                browser.driver().manage().window().setSize(size);
                for (String path : pages) {
                    browser.visit(path);
                    browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d)
                            .executeScript("return document.readyState")));
                    if (path.endsWith("/call")) {
                        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("education-material")));
                    }
                    long overflow = browser.sidewaysOverflow();
                    if (overflow > 0) {
                        problems.add(path + " at " + size.width + " px is " + overflow + " px too wide: "
                                + browser.overflowingElements());
                    }
                    browser.accessibilityViolations().forEach(v -> problems.add(path + " at " + size.width + " px: " + v));
                    if (size.width == 390) {
                        browser.screenshot("coordination-phone" + path.replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "").replaceAll("-$", ""));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void showCentered(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", id);
    }
}
