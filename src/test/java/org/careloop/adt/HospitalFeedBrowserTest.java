package org.careloop.adt;

import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.transition.HospitalEncounterReported;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mercy General discharges "Harriet Quill-Smith", whom the practice knows as Harriet Quill: the care manager finds the
 * message waiting on the hospital feeds page, reads why, picks Harriet Quill among the patients born that day, and the
 * discharge is reported for her. The administrator registers a second hospital on the same page, after a refusal that
 * names the missing field. Both pages pass axe and do not scroll sideways on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careloop.adt.mllp.enabled=true", "careloop.adt.mllp.port=0"})
@Import(ReportedEncounters.class)
class HospitalFeedBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    FeedListener listener;

    @Autowired
    ReportedEncounters reported;

    @Test
    void theCareManagerMatchesAQueuedDischargeAndTheAdministratorRegistersAHospital() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Feed browser practice");
        Hospital mercy = Hospital.registeredTo(team);
        UUID harriet = team.patient(Map.of("familyName", "Quill", "givenNames", "Harriet", "birthDate", "1951-07-14"));
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().orElseThrow())) {
            assertThat(client.send(mercy.message("A03", "QS-1", Hospital.pid("M-77120", "Quill-Smith", "Harriet",
                    "1951-07-14"), mercy.stay("I", 36, "01", 45, "202611301310"),
                    "DG1|1||J18.9^Pneumonia, unspecified organism^I10")).code()).isEqualTo("AA");
        }

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password()).visit("/admin/adt");
            WebElement item = browser.driver().findElement(By.cssSelector("#work-queue article.adt-item"));
            assertThat(item.getText()).contains("Discharge — Mercy General Hospital")
                    .contains("The message names Quill-Smith, Harriet, born 1951-07-14, MRN M-77120")
                    .contains("no patient has MRN M-77120 of MERCY");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("hospital-feed-queue");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.visit("/admin/adt");
            assertThat(browser.sidewaysOverflow()).as("%s", browser.overflowingElements()).isZero();
            browser.screenshot("hospital-feed-phone");
            browser.driver().manage().window().setSize(new Dimension(1280, 800));
            browser.visit("/admin/adt");
            item = browser.driver().findElement(By.cssSelector("#work-queue article.adt-item"));
            Select patient = new Select(item.findElement(By.name("patientId")));
            patient.selectByValue(harriet.toString());
            item.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.text().contains("Matched: the message is now on the patient's"));
            assertThat(browser.driver().findElements(By.cssSelector("#work-queue article.adt-item"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("latest-messages")).getText())
                    .contains("Discharge").contains("Quill-Smith, Harriet").contains("by a person: open the chart");
            browser.screenshot("hospital-feed-matched");
        }
        assertThat(reported.of(team.practice)).singleElement().satisfies(e -> {
            assertThat(e.patientId()).isEqualTo(harriet);
            assertThat(e.notice()).isEqualTo(HospitalEncounterReported.Notice.DISCHARGED);
            assertThat(e.dischargeDisposition().display()).isEqualTo("Discharged to home or self care");
        });

        team.admin();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + team.tag, team.password()).visit("/admin/adt");
            browser.driver().findElement(By.cssSelector("#register-sender summary")).click();
            browser.field("new-name").sendKeys("St Joseph Medical Center");
            browser.field("new-sendingApplication").sendKeys("CERNER");
            browser.field("new-sendingApplication").submit();
            browser.waiting().until(d -> !d.findElements(By.id("new-sendingFacility-error")).isEmpty());
            assertThat(browser.field("new-sendingFacility-error").getText())
                    .isEqualTo("Sending facility (MSH-4) is required");
            assertThat(browser.field("new-sendingFacility").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.accessibilityViolations()).isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('register-sender').scrollIntoView();");
            browser.screenshot("hospital-feed-sender-refused");
            browser.field("new-sendingFacility").sendKeys("STJ" + team.tag.toUpperCase());
            browser.field("new-sendingFacility").submit();
            browser.waiting().until(d -> browser.text().contains("Registered St Joseph Medical Center"));
            assertThat(browser.driver().findElement(By.id("feed-sources")).getText())
                    .contains("St Joseph Medical Center").contains("Mercy General Hospital");
            assertThat(browser.policyViolations()).isEmpty();
            browser.screenshot("hospital-feed-senders");
        }
    }
}
