package org.careloop.browser;

import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting and editing a care plan in a real browser, in a practice of the test's own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarePlanEditorBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    String username;
    String password;
    Api careManager;
    UUID patient;

    @BeforeEach
    void setUp() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Plan practice");
        username = team.careManagerUsername();
        password = team.password();
        careManager = team.careManager;
        patient = team.patient(Map.of("familyName", "Marsh", "givenNames", "Otis", "birthDate", "1951-09-30", "sex", "male"));
    }

    @Test
    void startsFromATemplateRevisesComparesSendsForSignOffAndRecordsTheCopy() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, password);
            String plan = startFromDiabetesTemplate(browser);

            WebElement value = browser.field("goal-0-value");
            value.clear();
            value.sendKeys("6.5");
            browser.field("barriers").sendKeys("Cost of test strips");
            browser.field("save-plan").click();
            browser.waiting().until(d -> d.findElement(By.id("plan-version")).getText().equals("Version 2"));
            assertThat(browser.text()).contains("A new version of the care plan was saved.");
            assertThat(careManager.get("/api/care-plans/" + plan).json().get("content").get("barriers").get(0).asString())
                    .isEqualTo("Cost of test strips");

            new Select(browser.field("compare-from")).selectByValue("1");
            new Select(browser.field("compare-to")).selectByValue("2");
            browser.field("compare-versions").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("version-comparison")));
            assertThat(browser.field("version-comparison").getText()).contains("Goal changed").contains("HbA1c < 6.5 %")
                    .contains("Barrier added");

            browser.field("request-sign-off").click();
            browser.waiting().until(d -> d.findElement(By.id("plan-sign-off")).getText().equals("Awaiting sign-off"));

            new Select(browser.field("copy-method")).selectByValue("IN_PERSON");
            browser.field("copy-to").sendKeys("Otis Marsh");
            browser.field("record-copy").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("copies-given")));
            assertThat(browser.field("copies-given").getText()).contains("In person to Otis Marsh");
            assertThat(browser.field("patient-copy-pdf").getAttribute("href"))
                    .endsWith("/care-plans/" + plan + "/patient-copy.pdf");
            browser.screenshot("care-plan-editor");
        }
    }

    @Test
    void anInvalidGoalTargetIsShownBesideItsFieldAndSavesNothing() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, password);
            String plan = startFromDiabetesTemplate(browser);

            browser.field("goal-0-value").clear();
            new Select(browser.field("goal-0-comparator")).selectByValue("");
            browser.field("save-plan").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("goal-0-value-error")));
            assertThat(browser.field("goal-0-value-error").getText()).contains("must give the target value");
            assertThat(browser.field("goal-0-comparator-error").getText()).contains("must be one of");
            assertThat(browser.field("goal-0-value").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.text()).contains("Nothing was saved");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("goal-0-comparator");
            browser.screenshot("care-plan-goal-errors");

            browser.field("record-copy").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("copy-to-error")));
            assertThat(browser.field("copy-method-error").getText()).isEqualTo("Choose how the copy was given.");
            browser.screenshot("care-plan-field-errors");

            JsonNode stored = careManager.get("/api/care-plans/" + plan).json();
            assertThat(stored.get("version").asInt()).isEqualTo(1);
            assertThat(stored.get("copiesGiven").size()).isZero();
            assertThat(stored.get("content").get("goals").get(0).get("target").get("value").asString()).isEqualTo("7");
        }
    }

    @Test
    void aStaleVersionIsRefusedWithAClearMessageAndChangesNothing() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, password);
            String plan = startFromDiabetesTemplate(browser);

            JsonNode opened = careManager.get("/api/care-plans/" + plan).json();
            String goalId = opened.get("content").get("goals").get(0).get("id").asString();
            Api.Response meanwhile = careManager.putJson("/api/care-plans/" + plan + "/goals/" + goalId + "/progress",
                    Map.of("basedOnVersion", 1, "status", "ACTIVE"));
            assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);

            WebElement value = browser.field("goal-0-value");
            value.clear();
            value.sendKeys("6");
            browser.field("save-plan").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.error")));
            assertThat(browser.text()).contains("you opened version 1; it is now version 2").contains("Nothing was saved");
            browser.screenshot("care-plan-stale");

            JsonNode stored = careManager.get("/api/care-plans/" + plan).json();
            assertThat(stored.get("version").asInt()).isEqualTo(2);
            assertThat(stored.get("content").get("goals").get(0).get("target").get("value").asString()).isEqualTo("7");
        }
    }

    private String startFromDiabetesTemplate(Browser browser) {
        browser.visit("/patients/" + patient + "/care-plans/new");
        new Select(browser.field("program")).selectByValue("CCM");
        browser.field("template-diabetes").click();
        browser.field("start-plan").click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/care-plans/") && !d.getCurrentUrl().endsWith("/new"));
        assertThat(browser.text()).contains("CCM care plan for Marsh, Otis").contains("Version 1");
        return browser.currentPath().substring("/care-plans/".length());
    }
}
