package org.careloop.browser;

import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A heart-failure patient home from hospital: the chart's Medications tab warns that lisinopril, losartan and
 * sacubitril/valsartan are active together. The care manager calls, opens the reconciliation from the call page, goes
 * through each medication with the patient (lisinopril stopped by the cardiologist, losartan not taken, the new pill
 * taken), adds the statin the patient reads from a bottle, signs, and is back on the call; the signed list no longer
 * carries the duplicate-class warning and the earlier state stays viewable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MedicationReconciliationBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCareManagerReconcilesFromTheCallPageAndTheDuplicateClassWarningGoes() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Medication browser practice");
        UUID patient = team.enrolledPatient("Considine", "Rosa");
        prescription(patient, "314076", "lisinopril 10 MG Oral Tablet", "1 tablet once a day");
        prescription(patient, "979485", "losartan potassium 50 MG Oral Tablet", "1 tablet once a day");
        prescription(patient, "1656349", "sacubitril 49 MG / valsartan 51 MG Oral Tablet", "1 tablet twice a day");

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient);
            browser.field("tab-medications").click();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#med-warnings .med-warning")).isEmpty());
            WebElement warning = browser.driver().findElement(By.cssSelector("#med-warnings .med-warning"));
            assertThat(warning.getText()).contains("ACE inhibitor + ARB/ARNI")
                    .contains("lisinopril 10 MG Oral Tablet, losartan potassium 50 MG Oral Tablet and sacubitril 49 MG / "
                            + "valsartan 51 MG Oral Tablet are all active").contains("Source: 2022 AHA/ACC/HFSA");
            assertThat(browser.text()).contains("Never reconciled");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.driver().manage().window().setSize(new Dimension(1280, 1100));
            browser.screenshot("medication-chart-duplicate-class-warning");
            browser.driver().manage().window().setSize(new Dimension(1280, 800));

            browser.visit("/patients/" + patient + "/call");
            browser.field("reconcile-medications").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reconcile-form")));
            assertThat(browser.text()).contains("ACE inhibitor + ARB/ARNI");

            answer(browser, 0, "STOPPED_BY_CLINICIAN", "Cardiologist stopped it when the new pill started");
            answer(browser, 1, "NOT_TAKING", "Thought the new pill replaced it");
            browser.field("answer-1-reason").sendKeys(Keys.TAB);
            browser.driver().findElement(By.cssSelector("input[name='answers[1].barriers'][value='ACCESS']")).click();
            answer(browser, 2, "TAKING_AS_PRESCRIBED", "");
            browser.field("add-new-medication").sendKeys(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-1-name")));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("the new row's first field takes the focus").isEqualTo("new-1-name");
            browser.field("new-0-name").sendKeys("atorvastatin");
            browser.field("new-0-dose").sendKeys("40 mg at night");
            browser.field("new-1-name").sendKeys("Vitamin D3 1000 unit");
            browser.field("new-1-note").sendKeys("over the counter");
            browser.field("med-minutes").sendKeys("14");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
            assertThat(browser.accessibilityViolations()).isEmpty();
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('answer-0').scrollIntoView(); window.scrollBy(0, -90);");
            browser.screenshot("medication-reconcile-form-from-the-call");

            browser.field("sign-list").click();
            browser.waiting().until(d -> browser.currentPath().endsWith("/patients/" + patient + "/call"));
            assertThat(browser.text()).contains("Medication list 1 signed with 5 medications; 14 min logged as "
                    + "medication reconciliation.");
            browser.screenshot("medication-signed-back-on-the-call");

            browser.visit("/patients/" + patient + "/medications");
            assertThat(browser.field("med-warnings").getText()).contains("No duplicate therapy")
                    .doesNotContain("ACE inhibitor + ARB/ARNI");
            assertThat(browser.field("med-status").getText()).contains("Reconciled on").contains("(list 1)");
            assertThat(browser.field("med-not-taking").getText()).contains("losartan potassium 50 MG Oral Tablet")
                    .contains("Thought the new pill replaced it").contains("Access");
            assertThat(browser.field("med-taking").getText()).contains("atorvastatin").contains("statin")
                    .doesNotContain("lisinopril");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("medication-list-signed");
            browser.driver().findElement(By.cssSelector("#med-list-1 summary")).click();
            assertThat(browser.field("med-list-1").getText()).contains("lisinopril 10 MG Oral Tablet")
                    .contains("Stopped by a clinician").contains("Cardiologist stopped it");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('med-history').scrollIntoView(); window.scrollBy(0, -90);");
            browser.screenshot("medication-signed-list-kept");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            for (String path : new String[] {"/patients/" + patient + "/medications",
                    "/patients/" + patient + "/medications/reconcile", "/patients/" + patient + "?tab=medications"}) {
                browser.visit(path);
                assertThat(browser.sidewaysOverflow()).as(path + ": " + browser.overflowingElements()).isZero();
                assertThat(browser.accessibilityViolations()).as(path).isEmpty();
            }
            browser.screenshot("medication-reconcile-on-a-phone");
        }
        assertThat(jdbc.sql("select activity || ' ' || minutes from time_entry where patient_id = ?").param(patient)
                .query(String.class).list()).containsExactly("MEDICATION_RECONCILIATION 14");
    }

    private static void answer(Browser browser, int row, String answer, String reason) {
        new Select(browser.field("answer-" + row + "-answer")).selectByValue(answer);
        if (!reason.isEmpty()) {
            browser.field("answer-" + row + "-reason").sendKeys(reason);
        }
    }

    private void prescription(UUID patient, String rxnorm, String display, String dose) {
        jdbc.sql("""
                insert into medication (id, patient_id, source_type, rxnorm_code, display, dose, status, intent, authored_at)
                values (?, ?, 'MedicationRequest', ?, ?, ?, 'active', 'order', now() - interval '6 days')""")
                .params(UUID.randomUUID(), patient, rxnorm, display, dose).update();
    }
}
