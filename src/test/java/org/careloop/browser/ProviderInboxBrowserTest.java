package org.careloop.browser;

import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider signs a care plan from the inbox in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderInboxBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void aProviderSignsACarePlanAndItLeavesTheInbox() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Inbox browser practice");
        UUID patient = team.enrolledPatient("Lindqvist", "Astrid");
        UUID plan = team.planAwaitingSignOff(patient);
        team.positivePhq9(patient);
        int version = team.careManager.get("/api/care-plans/" + plan).json().get("version").asInt();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.providerUsername(), team.password());
            assertThat(browser.currentPath()).isEqualTo("/inbox");
            assertThat(browser.text()).contains("Lindqvist, Astrid", "CCM care plan, version " + version,
                    "by " + team.careManagerUsername(), "PHQ-9");
            browser.screenshot("inbox-before-signing");
            WorklistBrowserTest.markPage(browser);

            browser.driver().findElement(By.cssSelector("tr[data-plan='" + plan + "'] button")).click();
            browser.waiting().until(d -> {
                try {
                    d.switchTo().alert().accept();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException notYet) {
                    return false;
                }
            });
            browser.waiting().until(d -> d.findElements(By.cssSelector("tr[data-plan='" + plan + "']")).isEmpty());
            assertThat(browser.text()).contains("You signed version " + version + " of the CCM care plan.")
                    .contains("No care plan is waiting for your signature.");
            assertThat(WorklistBrowserTest.samePage(browser)).isTrue();
            assertThat(team.careManager.get("/api/care-plans/" + plan).json().get("signOff").asString()).isEqualTo("SIGNED");
            browser.screenshot("inbox-after-signing");
        }
    }
}
