package org.careloop.browser;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care manager's monthly call, in a real browser, with her own practice and patient so her timer and time entries
 * never meet anyone else's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallWorkflowBrowserTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    String username;
    String password;
    Api careManager;
    UUID careManagerId;
    UUID patient;
    String planId;

    @BeforeEach
    void setUp() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Call practice");
        username = team.careManagerUsername();
        password = team.password();
        careManager = team.careManager;
        careManagerId = team.careManagerId;
        patient = team.enrolledPatient("Quill", "Ada");
        planId = TestPatients.startCarePlan(careManager, patient, "CCM", "diabetes");
    }

    @Test
    void aCallWithASuicideRiskScreenUpdatesAGoalAndLogsTheTimeAgainstTheCall() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, password);
            browser.visit("/patients/" + patient + "/call");
            assertThat(browser.text()).contains("Call with Quill, Ada").contains("Call script (CCM)");

            browser.field("start-timer").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timer-clock")));
            String first = browser.field("timer-clock").getText();
            browser.waiting().until(d -> !d.findElement(By.id("timer-clock")).getText().equals(first));

            browser.field("open-phq9").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("phq9-item-9")));
            for (int item = 1; item <= 9; item++) {
                new Select(browser.field("phq9-item-" + item)).selectByValue(item == 9 ? "1" : "2");
            }
            browser.field("submit-phq9").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suicide-risk-alert")));
            assertThat(browser.field("suicide-risk-alert").getText()).contains("An urgent escalation was opened").contains("ASQ").contains("988 or 911");
            browser.screenshot("call-workflow-suicide-risk");
            assertThat(jdbc.sql("""
                    select count(*) from task where patient_id = ? and role_pool = 'NURSE' and priority = 'URGENT'""")
                    .param(patient).query(Integer.class).single()).isEqualTo(1);

            String goalId = careManager.get("/api/care-plans/" + planId).json().get("content").get("goals").get(0)
                    .get("id").asString();
            new Select(browser.field("goal-status-" + goalId)).selectByValue("ACTIVE");
            new Select(browser.field("goal-achievement-" + goalId)).selectByValue("IMPROVING");
            browser.field("save-goal-" + goalId).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("goal-saved-" + goalId)));
            JsonNode goal = careManager.get("/api/care-plans/" + planId).json().get("content").get("goals").get(0);
            assertThat(goal.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(goal.get("achievement").asString()).isEqualTo("IMPROVING");

            new Select(browser.field("outcome")).selectByValue("REACHED");
            browser.field("topic-medications").click();
            browser.field("notes").sendKeys("Mood low; nurse task opened for same-day follow-up.");
            browser.field("save-interaction").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("interaction-id")));
            String interactionId = browser.field("interaction-id").getAttribute("value");

            jdbc.sql("update time_timer set started_at = started_at - interval '12 minutes' where staff_id = ?")
                    .param(careManagerId).update();
            browser.field("stop-timer").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-logged")));
            assertThat(browser.field("minutes-logged").getText()).contains("12 minutes logged toward CCM")
                    .contains("linked to this call");
            showCentered(browser, "minutes-logged");
            browser.screenshot("call-workflow-done");

            Map<String, Object> entry = jdbc.sql("select minutes, interaction_id from time_entry where patient_id = ?")
                    .param(patient).query().singleRow();
            assertThat(entry.get("interaction_id").toString()).isEqualTo(interactionId);
            assertThat(((Number) entry.get("minutes")).intValue()).isEqualTo(12);
            assertThat(jdbc.sql("select count(*) from time_timer where staff_id = ?").param(careManagerId)
                    .query(Integer.class).single()).isZero();
        }
    }

    @Test
    void aCallWithoutOutcomeShowsTheErrorBesideTheFieldAndStoresNothing() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, password);
            browser.visit("/patients/" + patient + "/call");
            browser.field("notes").sendKeys("Tried to save without saying how the call went.");
            browser.field("save-interaction").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-error")));
            assertThat(browser.field("outcome-error").getText()).isEqualTo("Choose how the call ended.");
            assertThat(browser.field("outcome").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.field("notes").getAttribute("value")).contains("Tried to save");

            new Select(browser.field("phq2-item-1")).selectByValue("1");
            browser.field("submit-phq2").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("phq2-item-2-error")));
            showCentered(browser, "outcome");
            browser.screenshot("call-workflow-outcome-error");
            showCentered(browser, "phq2-item-2");
            browser.screenshot("call-workflow-field-errors");

            assertThat(jdbc.sql("select count(*) from interaction where patient_id = ?").param(patient)
                    .query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ?").param(patient)
                    .query(Integer.class).single()).isZero();
        }
    }

    @Test
    void leavingThePageWhileTheTimerRunsAsksFirstAndADiscardedTimerLogsNothing() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, password);
            browser.visit("/patients/" + patient + "/call");
            browser.field("start-timer").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timer-clock")));

            // chromedriver answers beforeunload prompts itself, so ask the page whether leaving would be held up
            assertThat(leavingIsHeldUp(browser)).isTrue();

            browser.field("discard-timer").click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("start-timer")));
            assertThat(browser.text()).contains("The timer was discarded; no time was logged.");
            assertThat(leavingIsHeldUp(browser)).isFalse();
            browser.screenshot("call-workflow-discarded");
            assertThat(jdbc.sql("select count(*) from time_timer where staff_id = ?").param(careManagerId)
                    .query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from time_entry where patient_id = ?").param(patient)
                    .query(Integer.class).single()).isZero();
        }
    }

    private static boolean leavingIsHeldUp(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "var leaving = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(leaving);"
                        + " return leaving.defaultPrevented;");
    }

    private static void showCentered(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.field(id));
    }
}
