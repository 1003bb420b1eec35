package org.careloop.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.transition.HospitalEncounterReported;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
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
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mr. Okonkwo came home from Mercy General yesterday. The care manager finds him at the top of her worklist, opens
 * his chart, starts the call, asks the transition questions the call page puts first, and records that she reached
 * him; the worklist then asks for the face-to-face visit, which the provider records (through the API here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransitionBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theCareManagerWorksADischargeFromTheWorklistToACompletedContact() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Transition browser practice");
        team.enrolledPatient("Abernathy", "Ruth");
        UUID patient = team.enrolledPatient("Okonkwo", "Emeka");
        LocalDate discharged = LocalDate.now(CareTeam.ZONE).minusDays(1);
        events.publishEvent(new HospitalEncounterReported(patient, team.practice, Notice.DISCHARGED,
                EncounterClass.INPATIENT, "Mercy General", "V-" + team.tag, discharged.minusDays(4).atTime(8, 0),
                discharged.atTime(14, 0), List.of(new Diagnosis("ICD-10-CM", "I50.23",
                "Acute on chronic systolic heart failure")), new DischargeDisposition("HL7_0112", "01", "Home"),
                "ADT^A03 browser test", Instant.now()));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/worklist");
            WebElement top = browser.driver().findElement(By.cssSelector("#worklist tbody tr.worklist-row"));
            assertThat(top.getText()).contains("Okonkwo, Emeka").containsPattern(
                    "Discharged \\w{3} from Mercy General — contact by \\w{3}").contains("TCM (transition)");
            assertThat(browser.text()).contains("Transition call: discharged");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.sidewaysOverflow()).isZero();
            browser.screenshot("transition-worklist-first");

            top.findElement(By.linkText("Okonkwo, Emeka")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("start-call")));
            browser.field("start-call").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("transition-script")));
            WebElement script = browser.field("transition-script");
            assertThat(script.getText()).contains("After the hospital").contains("from Mercy General")
                    .contains("Acute on chronic systolic heart failure").contains("Contact due by")
                    .contains("Discharge instructions").contains("New or changed medicines")
                    .contains("Follow-up appointment").contains("Warning signs").contains("Services at home");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.sidewaysOverflow()).isZero();
            browser.screenshot("transition-call-script");

            new Select(browser.field("kind")).selectByValue("OUTBOUND_CALL");
            new Select(browser.field("outcome")).selectByValue("REACHED");
            browser.field("topic-medications").click();
            browser.field("notes").sendKeys("Home with his daughter; new furosemide dose understood; weighs daily; "
                    + "knows to call for 3 lb in a day. Follow-up visit to book.");
            browser.field("save-interaction").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("interaction-saved")));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('interaction-section').scrollIntoView(); window.scrollBy(0, -90);");
            browser.screenshot("transition-contact-recorded");

            browser.visit("/worklist");
            WebElement row = browser.driver().findElement(By.xpath(
                    "//tr[contains(@class,'worklist-row')][.//a[contains(., 'Okonkwo')]]"));
            assertThat(row.getText()).containsPattern("Discharged \\w{3} from Mercy General — face-to-face visit by");
            assertThat(browser.text()).doesNotContain("Transition call: discharged");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
            browser.screenshot("transition-worklist-after-contact");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.visit("/patients/" + patient + "/call");
            assertThat(browser.sidewaysOverflow()).as(String.join(", ", browser.overflowingElements())).isZero();
            browser.screenshot("transition-call-script-phone");
            assertThat(browser.policyViolations()).isEmpty();
        }

        JsonNode transition = team.careManager.get("/api/patients/" + patient + "/transitions").json().get(0);
        assertThat(transition.get("contactMadeOn").asString()).isEqualTo(LocalDate.now(CareTeam.ZONE).toString());
        assertThat(transition.get("status").asString()).isEqualTo("CONTACTED");
        Api.Response seen = team.provider.postJson("/api/transitions/" + transition.get("id").asString()
                + "/face-to-face", Map.of("version", transition.get("version").asInt(),
                "visitedOn", LocalDate.now(CareTeam.ZONE).toString(), "complexity", "HIGH"));
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().get("status").asString()).as("the medication reconciliation is still to come")
                .isEqualTo("SEEN");
    }
}
