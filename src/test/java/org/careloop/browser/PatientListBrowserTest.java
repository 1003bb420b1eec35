package org.careloop.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
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
 * A care manager finds patients who appear on no worklist: searches by name and by MBI, opens the enrollment
 * outreach list with its reasons, and takes on an unassigned patient; on a phone the list fits the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatientListBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchFilterAndTakeOnPatients() {
        CareTeam team = CareTeam.hire(port, practices, staff, "List browser practice");
        UUID robin = staff.hire("cm2." + team.tag, "Robin " + team.tag, team.password(), null, "RN",
                List.of(Role.CARE_MANAGER), Set.of(team.practice)).id();
        team.enrolledPatient("Okafor", "Grace");
        UUID eligible = team.patient("Abernathy", "Rosalind");
        chronic(eligible, "44054006", "84114007");
        UUID pcm = team.patient("Castell", "Ines");
        chronic(pcm, "59621000");
        UUID unassigned = TestPatients.register(team.careManager, Map.of("familyName", "Dunmore", "givenNames", "Theo",
                "phone", "617-555-0142", "medicareId", "1EG4-TE5-MK73"));
        TestPatients.register(team.careManager, Map.of("familyName", "Ellery", "givenNames", "May",
                "deceasedOn", "2025-11-30", "assignedCareManagerId", team.careManagerId.toString()));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            click(browser, browser.driver().findElement(By.linkText("Patients")));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("patient-list")));
            assertThat(rows(browser)).hasSize(5);
            assertThat(browser.field("patient-row-" + unassigned).getText()).contains("MBI •••••••MK73")
                    .doesNotContain("1EG4TE5MK73");
            assertThat(browser.text()).contains("Deceased").contains("CCM · active");
            browser.screenshot("patients-list");

            browser.field("patient-q").sendKeys("1eg4-te5-mk73");
            browser.waiting().until(d -> rows(browser).size() == 1);
            assertThat(browser.currentPath()).contains("q=1eg4-te5-mk73");
            browser.field("patient-q").clear();
            browser.field("patient-q").sendKeys("abern");
            browser.waiting().until(d -> rows(browser).size() == 1 && rows(browser).get(0).getText().contains("Abernathy"));
            browser.field("patient-q").clear();
            browser.waiting().until(d -> rows(browser).size() == 5);

            click(browser, browser.driver().findElement(By.cssSelector("label[for=filter-eligible-not-enrolled]")));
            browser.waiting().until(d -> rows(browser).size() == 2);
            assertThat(browser.field("patient-row-" + eligible).getText()).contains("Eligible for CCM, PCM")
                    .contains("2 chronic categories: diabetes, heart failure");
            assertThat(browser.field("patient-row-" + pcm).getText()).contains("Eligible for PCM");
            browser.screenshot("patients-eligible-not-enrolled");

            click(browser, browser.driver().findElement(By.cssSelector("label[for=filter-eligible-not-enrolled]")));
            click(browser, browser.driver().findElement(By.cssSelector("label[for=filter-no-care-manager]")));
            browser.waiting().until(d -> rows(browser).size() == 1);
            click(browser, browser.field("choose-" + unassigned));
            new Select(browser.field("assign-careManagerId")).selectByVisibleText("Robin " + team.tag);
            click(browser, browser.field("assign-submit"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                    "1 patient assigned to Robin " + team.tag));
            assertThat(jdbc.sql("select assigned_care_manager_id from patient where id = ?").param(unassigned)
                    .query(UUID.class).single()).isEqualTo(robin);
            assertThat(browser.field("patients-empty").getText()).isEqualTo("No patients match.");
            browser.screenshot("patients-assigned");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.visit("/patients");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("patient-list")));
            Number width = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            Number viewport = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.clientWidth;");
            assertThat(width.intValue()).as("the list fits a phone's width").isLessThanOrEqualTo(viewport.intValue());
            browser.screenshot("patients-phone");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('patient-list').scrollIntoView({block: 'start'});");
            browser.screenshot("patients-phone-rows");
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#patient-list tbody tr"));
    }

    private void chronic(UUID patient, String... snomedCodes) {
        for (String code : snomedCodes) {
            jdbc.sql("""
                    insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status)
                    values (?, ?, ?, 'http://snomed.info/sct', ?, 'chronic', 'active')""")
                    .params(UUID.randomUUID(), patient, code, code).update();
        }
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
