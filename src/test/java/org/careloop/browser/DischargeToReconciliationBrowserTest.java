package org.careloop.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.transition.HospitalEncounterReported;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole transitional-care story in one sitting: Mrs. Lindqvist comes home from Mercy General with lisinopril and
 * losartan both still on her imported list. The care manager finds the discharge first on her worklist, opens the call
 * from it, reads the transition script, records that she reached her, follows the call page's link to reconcile the
 * medications, sees the duplicate-class warning, goes through each medication (lisinopril stopped by the
 * cardiologist), signs and is back on the call. The transition then has both its contact and its medication
 * reconciliation, and the worklist no longer says a contact is owed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DischargeToReconciliationBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCareManagerWorksADischargeFromTheWorklistToAContactAndASignedReconciliation() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Discharge to reconciliation practice");
        team.enrolledPatient("Abernathy", "Ruth");
        UUID patient = team.enrolledPatient("Lindqvist", "Astrid");
        prescription(patient, "314076", "lisinopril 10 MG Oral Tablet", "1 tablet once a day");
        prescription(patient, "979485", "losartan potassium 50 MG Oral Tablet", "1 tablet once a day");
        prescription(patient, "200031", "carvedilol 6.25 MG Oral Tablet", "1 tablet twice a day");
        LocalDate today = LocalDate.now(CareTeam.ZONE);
        LocalDate discharged = today.minusDays(1);
        events.publishEvent(new HospitalEncounterReported(patient, team.practice, Notice.DISCHARGED,
                EncounterClass.INPATIENT, "Mercy General", "V-" + team.tag, discharged.minusDays(3).atTime(9, 0),
                discharged.atTime(11, 30), List.of(new Diagnosis("ICD-10-CM", "I50.23",
                "Acute on chronic systolic heart failure")), new DischargeDisposition("HL7_0112", "01", "Home"),
                "ADT^A03 discharge-to-reconciliation browser test", Instant.now()));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());

            browser.visit("/worklist");
            WebElement top = browser.driver().findElement(By.cssSelector("#worklist tbody tr.worklist-row"));
            assertThat(top.getText()).contains("Lindqvist, Astrid")
                    .containsPattern("Discharged \\w{3} from Mercy General — contact by \\w{3}");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("discharge-flow-1-worklist");

            top.findElement(By.linkText("Lindqvist, Astrid")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("start-call")));
            browser.field("start-call").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("transition-script")));
            assertThat(browser.field("transition-script").getText()).contains("from Mercy General")
                    .contains("Acute on chronic systolic heart failure").contains("Contact due by")
                    .contains("New or changed medicines");
            assertThat(browser.field("transition-med-rec").getText())
                    .isEqualTo("Medications to reconcile before the face-to-face visit");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("discharge-flow-2-call-script");

            new Select(browser.field("kind")).selectByValue("OUTBOUND_CALL");
            new Select(browser.field("outcome")).selectByValue("REACHED");
            browser.field("topic-medications").click();
            browser.field("notes").sendKeys("Home since yesterday; has all her bottles out to go through together.");
            browser.field("save-interaction").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("interaction-saved")));
            scrollTo(browser, "interaction-section");
            browser.screenshot("discharge-flow-3-reached");

            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
            browser.field("reconcile-medications").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reconcile-form")));
            assertThat(browser.text()).contains("ACE inhibitor + ARB/ARNI");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("discharge-flow-4-duplicate-class-warning");

            answer(browser, "lisinopril", "STOPPED_BY_CLINICIAN", "Cardiologist stopped it at discharge");
            answer(browser, "losartan", "TAKING_AS_PRESCRIBED", "");
            answer(browser, "carvedilol", "TAKING_AS_PRESCRIBED", "");
            assertThat(browser.field("timer-running").getText()).isNotBlank();
            browser.field("med-minutes").sendKeys("12");
            scrollTo(browser, "answer-0");
            browser.screenshot("discharge-flow-5-answers");

            // The call timer already counts these minutes: logging them again is refused, and the answers stay.
            browser.field("sign-list").click();
            browser.waiting().until(d -> d.getPageSource().contains("overlaps the timer running since"));
            assertThat(new Select(browser.field(rowOf(browser, "lisinopril") + "-answer"))
                    .getFirstSelectedOption().getAttribute("value")).isEqualTo("STOPPED_BY_CLINICIAN");
            assertThat(browser.field(rowOf(browser, "lisinopril") + "-reason").getAttribute("value"))
                    .isEqualTo("Cardiologist stopped it at discharge");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("discharge-flow-6-minutes-refused-while-the-timer-runs");

            browser.field("med-minutes").clear();
            browser.field("sign-list").click();
            browser.waiting().until(d -> browser.currentPath().endsWith("/patients/" + patient + "/call"));
            assertThat(browser.text()).contains("Medication list 1 signed with 3 medications.");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("discharge-flow-7-signed-back-on-the-call");
            assertThat(browser.field("transition-script").getText()).contains("Patient reached")
                    .doesNotContain("Contact due by");
            assertThat(browser.field("transition-med-rec").getText()).startsWith("Medications reconciled ");
            scrollTo(browser, "transition-script");
            browser.screenshot("discharge-flow-7b-call-script-after-reconciliation");

            browser.visit("/worklist");
            WebElement row = browser.driver().findElement(By.xpath(
                    "//tr[contains(@class,'worklist-row')][.//a[contains(., 'Lindqvist')]]"));
            assertThat(row.getText()).containsPattern("Discharged \\w{3} from Mercy General — face-to-face visit by")
                    .doesNotContain("contact by");
            assertThat(browser.text()).doesNotContain("Transition call: discharged");
            assertThat(browser.accessibilityViolations()).isEmpty();
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
            browser.screenshot("discharge-flow-8-worklist-after");
            assertThat(browser.policyViolations()).isEmpty();
        }

        JsonNode transition = team.careManager.get("/api/patients/" + patient + "/transitions").json().get(0);
        assertThat(transition.get("contactMadeOn").asString()).isEqualTo(today.toString());
        assertThat(transition.get("medRecDoneOn").asString()).isEqualTo(today.toString());
        assertThat(transition.get("status").asString()).isEqualTo("MEDICATIONS_RECONCILED");
    }

    /** Answers the row whose medication name contains {@code medication}: the form keeps its own order. */
    private static void answer(Browser browser, String medication, String answer, String reason) {
        String row = rowOf(browser, medication);
        new Select(browser.field(row + "-answer")).selectByValue(answer);
        if (!reason.isEmpty()) {
            browser.field(row + "-reason").sendKeys(reason);
        }
    }

    /** The id of the reconciliation row (a fieldset) whose medication name contains {@code medication}. */
    private static String rowOf(Browser browser, String medication) {
        return browser.driver().findElements(By.cssSelector("fieldset.med-answer")).stream()
                .filter(row -> row.getText().contains(medication)).map(row -> row.getAttribute("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no reconciliation row for " + medication));
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -90);", id);
    }

    private void prescription(UUID patient, String rxnorm, String display, String dose) {
        jdbc.sql("""
                insert into medication (id, patient_id, source_type, rxnorm_code, display, dose, status, intent, authored_at)
                values (?, ?, 'MedicationRequest', ?, ?, ?, 'active', 'order', now() - interval '6 days')""")
                .params(UUID.randomUUID(), patient, rxnorm, display, dose).update();
    }
}
