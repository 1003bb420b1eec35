package org.careloop.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a care manager uploads a consult note on the chart's documents tab and reads it on its own
 * page; and she shares the care plan with a home health agency as a FHIR bundle from the care plan page, which then
 * says with whom, when and by whom. Both pages pass axe and fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsAndSharingBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void aCareManagerUploadsAConsultNoteAndReadsIt() throws Exception {
        CareTeam team = CareTeam.hire(port, practices, staff, "Documents browser practice");
        UUID patient = team.patient("Moreau", "Celine");
        Path note = Files.createTempFile("cardiology-consult", ".txt");
        Files.writeString(note, "Cardiology consult\n\nContinue metoprolol 50 mg.\nEcho in 3 months.\n", StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient + "?tab=documents");
            browser.driver().findElement(By.cssSelector("#document-upload summary")).click();
            browser.field("document-file").sendKeys(note.toAbsolutePath().toString());
            new Select(browser.field("document-kind")).selectByValue("CONSULT_NOTE");
            browser.field("document-title").sendKeys("Cardiology consult, Dr Brandt");
            browser.field("document-author").sendKeys("Dr. Lena Brandt");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("documents-1-upload-form");
            browser.field("document-submit").sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.text().contains("Uploaded Cardiology consult, Dr Brandt."));
            assertThat(browser.field("clinical-documents").getText()).contains("Cardiology consult, Dr Brandt")
                    .contains("Consult note").contains("Uploaded by Casey " + team.tag).contains("written by Dr. Lena Brandt");
            browser.screenshot("documents-2-listed-on-the-chart");

            browser.driver().findElement(By.linkText("Cardiology consult, Dr Brandt")).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.currentPath().startsWith("/documents/"));
            assertThat(browser.field("document-text").getText()).contains("Continue metoprolol 50 mg.\nEcho in 3 months.");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat(browser.sidewaysOverflow()).as(String.valueOf(browser.overflowingElements())).isZero();
            browser.screenshot("documents-3-the-note-on-a-phone");
            assertThat(browser.policyViolations()).isEmpty();
        } finally {
            Files.deleteIfExists(note);
        }
    }

    @Test
    void aCareManagerSharesThePlanAsAFhirBundleAndThePlanSaysWithWhom() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Sharing browser practice");
        UUID patient = team.enrolledPatient("Lindqvist", "Arne");
        String plan = TestPatients.signedCarePlan(team.careManager, team.provider, patient, "diabetes", "hypertension");

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/care-plans/" + plan);
            browser.waiting().until(d -> !d.findElements(By.id("shares-card")).isEmpty());
            assertThat(browser.field("shares-none").getText()).isEqualTo("Not shared outside the practice yet.");
            browser.driver().findElement(By.cssSelector("#share-plan summary")).click();
            browser.field("share-name").sendKeys("Valley Home Health");
            browser.field("share-method-FHIR_BUNDLE").click();
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('shares').scrollIntoView({block: 'start'}); window.scrollBy(0, -80);");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("sharing-1-the-form");
            browser.field("share-submit").sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.text().contains("The plan was shared with Valley Home Health as a FHIR bundle"));
            browser.waiting().until(d -> !d.findElements(By.id("shares-list")).isEmpty());
            assertThat(browser.field("shares-list").getText()).startsWith("Shared with Valley Home Health on")
                    .contains("by Casey " + team.tag + " (FHIR bundle)").contains("Download the FHIR bundle");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('shares').scrollIntoView({block: 'start'}); window.scrollBy(0, -80);");
            browser.screenshot("sharing-2-shared-with-valley-home-health");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat(browser.sidewaysOverflow()).as(String.valueOf(browser.overflowingElements())).isZero();
            assertThat(browser.policyViolations()).isEmpty();
        }
    }
}
