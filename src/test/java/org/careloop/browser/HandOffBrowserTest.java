package org.careloop.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nurse takes a hand-off, in a real browser: the care manager hands a call over to the nurses' pool from the
 * chart's interactions tab with a note; the nurse sees it in her pool on the worklist, opens it, reads the note and
 * the call's notes, takes it and marks it done with what she did; the chart then says who finished it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandOffBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void aNurseTakesAHandOff() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Hand-off browser practice");
        UUID patient = team.enrolledPatient("Lowry", "Edith");
        Api.Response call = team.careManager.postJson("/api/patients/" + patient + "/interactions", Map.of(
                "kind", "OUTBOUND_CALL", "outcome", "REACHED", "topics", List.of("symptoms", "medications"),
                "notes", "Dizzy when standing since Monday.\nHome BP 96/58 this morning."));
        assertThat(call.status()).as(call.toString()).isEqualTo(201);
        String callId = call.json().get("id").asString();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient + "?tab=time");
            WebElement handOver = browser.field("handoff-" + callId);
            handOver.findElement(By.tagName("summary")).click();
            new Select(browser.field("handoff-to-" + callId)).selectByValue("NURSE");
            browser.field("handoff-note-" + callId).sendKeys("Please triage today: new orthostatic symptoms.");
            browser.driver().manage().window().setSize(new Dimension(1280, 1500));
            scrollTo(browser, "contact-" + callId);
            browser.screenshot("handoff-1-care-manager-hands-the-call-over");
            browser.driver().manage().window().setSize(new Dimension(1280, 800));
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.field("handoff-submit-" + callId).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.text().contains("Handed over to the nurses' pool."));
            assertThat(browser.text()).contains("Handed over to the nurses' pool by Casey " + team.tag + "; waiting");

            browser.driver().manage().deleteAllCookies();
            browser.signIn(team.nurseUsername(), team.password());
            browser.visit("/worklist");
            String pool = WorklistBrowserTest.textOf(browser, "tasks-pool");
            assertThat(pool).contains("Hand-off from Casey " + team.tag).contains("Please triage today");
            browser.screenshot("handoff-2-in-the-nurses-pool");
            browser.driver().findElement(By.cssSelector("#tasks-pool a.task-open")).sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.currentPath().startsWith("/handoffs/"));
            assertThat(browser.field("handoff-note").getText()).contains("Please triage today: new orthostatic symptoms.")
                    .contains("Dizzy when standing since Monday.\nHome BP 96/58 this morning.");
            assertThat(browser.field("handoff-status").getText()).isEqualTo("Waiting in the nurses' pool");
            assertThat(browser.accessibilityViolations()).isEmpty();
            scrollTo(browser, "handoff-note");
            browser.screenshot("handoff-3-the-nurse-reads-the-note");

            browser.field("take-handoff").sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.text().contains("You have the hand-off."));
            assertThat(browser.field("handoff-status").getText()).isEqualTo("With Noor " + team.tag);
            browser.field("handoff-done-note").sendKeys("Called back: orthostatic; hold amlodipine, recheck Friday.");
            browser.screenshot("handoff-4-taken");
            browser.field("complete-handoff").sendKeys(Keys.ENTER);
            browser.waiting().until(d -> browser.text().contains("The hand-off is done."));
            assertThat(browser.field("handoff-status").getText()).startsWith("Done by Noor " + team.tag + " on");
            assertThat(browser.field("handoff-closing-note").getText()).contains("hold amlodipine");
            assertThat(browser.driver().findElements(By.id("take-handoff"))).isEmpty();
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat(browser.sidewaysOverflow()).as(String.valueOf(browser.overflowingElements())).isZero();
            browser.screenshot("handoff-5-done-on-a-phone");
            browser.driver().manage().window().setSize(new Dimension(1280, 800));

            browser.visit("/patients/" + patient + "?tab=time");
            assertThat(browser.text()).contains("Handed over by Casey " + team.tag + "; done by Noor " + team.tag);
            scrollTo(browser, "contact-" + callId);
            browser.screenshot("handoff-6-the-chart-says-who-finished-it");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    /** Brings the element to the middle of the window, below the chart's sticky header, for the screenshot. */
    private static void scrollTo(Browser browser, String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", id);
    }
}
