package org.careloop.browser;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care manager finds the patient's cardiologist in the directory and adds her to the care team, records the
 * daughter as caregiver and healthcare proxy whom the patient authorised to hear everything, and the call page then
 * says she may speak with her. Each page passes axe and fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareTeamBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void aCareManagerAddsACardiologistFromTheDirectoryAndAnAuthorisedDaughterWhomTheCallPageThenNames() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Care team browser practice");
        UUID patient = team.enrolledPatient("Lopez", "Rosa");
        Api.Response hart = team.careManager.postJson("/api/directory/practitioners", Map.of("prefix", "Dr.",
                "givenNames", "Lena", "familyName", "Hart", "specialty", "Cardiology", "npi", "1245319599",
                "phone", "413-555-0142", "email", "lhart@valleyheart.example.org"));
        assertThat(hart.status()).as(hart.toString()).isEqualTo(201);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient + "?tab=care-team");
            assertThat(textOf(browser, "care-team-members")).contains("Billing practitioner").contains("Dr Pat " + team.tag);
            browser.screenshot("care-team-tab-before");

            browser.driver().findElement(By.cssSelector("#add-from-directory > summary")).click();
            WebElement search = browser.field("directory-q");
            search.sendKeys("cardio");
            search.sendKeys(Keys.ENTER);
            browser.waiting().until(d -> textOf(browser, "directory-results").contains("Dr. Lena Hart"));
            browser.screenshot("care-team-directory-search");
            browser.driver().findElement(By.cssSelector("button[aria-label='Add Dr. Lena Hart to the care team']"))
                    .sendKeys(Keys.ENTER);
            browser.waiting().until(d -> textOf(browser, "care-team-members").contains("Dr. Lena Hart"));
            assertThat(textOf(browser, "care-team-members")).contains("Cardiology").contains("Phone 413-555-0142")
                    .contains("lhart@valleyheart.example.org");
            assertThat(browser.field("care-team-saved").getText()).isEqualTo("Dr. Lena Hart was added to the care team.");
            browser.driver().manage().window().setSize(new Dimension(1280, 1300));
            scrollTo(browser, "care-team");
            browser.screenshot("care-team-cardiologist-added");
            browser.driver().manage().window().setSize(new Dimension(1280, 800));

            browser.driver().findElement(By.cssSelector("#add-contact > summary")).click();
            browser.field("new-name").sendKeys("Maria Lopez");
            browser.field("new-relationship").sendKeys("daughter");
            browser.field("new-kind-CAREGIVER").click();
            browser.field("new-kind-HEALTHCARE_PROXY").click();
            browser.field("new-phone").sendKeys("413-555-0123");
            browser.field("new-language").sendKeys("Spanish");
            browser.field("new-sharing-yes").click();
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('new-authorisedOn').value = '2026-03-02';");
            new Select(browser.field("new-scope")).selectByValue("ALL");
            browser.screenshot("care-team-contact-form");
            browser.field("save-new-contact").sendKeys(Keys.ENTER);
            browser.waiting().until(d -> textOf(browser, "care-contacts").contains("Authorised 2026-03-02"));
            assertThat(textOf(browser, "contact-list")).contains("Maria Lopez").contains("daughter")
                    .contains("healthcare proxy").contains("prefers Spanish")
                    .contains("recorded by Casey " + team.tag);
            browser.screenshot("care-team-contact-added");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.visit("/patients/" + patient + "/call");
            String speaking = textOf(browser, "speaking-with");
            assertThat(speaking).contains("May speak with:")
                    .contains("Maria Lopez (daughter, caregiver, healthcare proxy) — authorised 2026-03-02, all health information");
            browser.screenshot("call-page-may-speak-with");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            for (String path : new String[] {"/patients/" + patient + "?tab=care-team", "/patients/" + patient + "/call",
                    "/directory"}) {
                browser.visit(path);
                assertThat(browser.sidewaysOverflow()).as("%s at 390 px: %s", path, browser.overflowingElements())
                        .isZero();
                assertThat(browser.accessibilityViolations()).as(path).isEmpty();
            }
            browser.visit("/patients/" + patient + "?tab=care-team");
            scrollTo(browser, "care-team");
            browser.screenshot("phone-care-team-tab");
        }
    }

    /** Brings the section into view below the chart's sticky header. */
    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -380);", id);
    }

    private static String textOf(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
