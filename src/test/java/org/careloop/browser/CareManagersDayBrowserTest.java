package org.careloop.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.Browser;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care manager's day, as the issue tells it: cm.rivera signs in, opens her worklist and the first patient, starts
 * the call timer, answers a PHQ-9 with item 9 = 1 and sees the SUICIDE_RISK flag and the nurse task appear, updates
 * a goal, stops the timer, and sees the minutes on the chart and the worklist change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareManagersDayBrowserTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    UUID riveraId;
    UUID patient;
    String planId;

    @BeforeEach
    void aPatientOnRiverasPanelWithAnEscalation() {
        rivera = Api.at(port).as("cm.rivera");
        riveraId = user("cm.rivera");
        // the shared test database holds other tests' time for cm.rivera; her day starts with a clean slate
        jdbc.sql("update time_entry set withdrawn = true where staff_id = ? and ended_at > now() - interval '1 day'").param(riveraId).update();
        jdbc.sql("delete from time_timer where staff_id = ?").param(riveraId).update();
        patient = TestPatients.register(rivera, Map.of("familyName", "Aaberg", "givenNames", "Thea",
                "birthDate", "1946-08-14", "assignedCareManagerId", riveraId.toString()));
        for (String code : List.of("44054006", "59621000")) {
            jdbc.sql("insert into condition (id, patient_id, snomed_code, display, clinical_status) values (gen_random_uuid(), ?, ?, 'chronic', 'active')")
                    .params(patient, code).update();
        }
        TestPatients.enrollInCcm(rivera, Api.at(port).as("dr.chen"), patient, user("dr.chen"), YearMonth.now(ZONE).atDay(1));
        planId = TestPatients.startCarePlan(rivera, patient, "CCM", "diabetes");
        // a hospital discharge call-back puts her at the top of today's list
        rivera.postJson("/api/tasks", Map.of("patientId", patient.toString(), "title", "Call back after ED visit",
                "kind", "ESCALATION", "ownerId", riveraId.toString(), "dueOn", LocalDate.now(ZONE).toString(), "priority", "URGENT"));
    }

    @Test
    void aCareManagersDay() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm.rivera", "careloop-demo");
            assertThat(browser.currentPath()).isEqualTo("/worklist");
            WebElement first = browser.driver().findElement(By.cssSelector("#worklist tbody tr a.patient-name"));
            assertThat(first.getText()).startsWith("Aaberg, Thea");
            assertThat(rowOf(browser).getText()).contains("No contact yet this month").contains("0 min");
            browser.screenshot("day-1-worklist");

            first.click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("minutes-this-month")));
            assertThat(browser.field("minutes-this-month").getText()).contains("0 min");
            browser.screenshot("day-2-chart");

            browser.field("start-call").click();
            // starting the call starts the timer: there is no second button to remember
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timer-clock")));

            browser.field("open-phq9").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("phq9-item-9")));
            for (int item = 1; item <= 9; item++) {
                new Select(browser.field("phq9-item-" + item)).selectByValue(item == 9 ? "1" : "1");
            }
            browser.field("submit-phq9").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suicide-risk-alert")));
            JsonNode nursePool = Api.at(port).as("rn.patel").get("/api/tasks?view=POOL").json();
            assertThat(nursePool.valueStream().filter(task -> task.get("patientId").asString().equals(patient.toString()))
                    .map(task -> task.get("priority").asString()).toList()).containsExactly("URGENT");

            String goalId = rivera.get("/api/care-plans/" + planId).json().get("content").get("goals").get(0).get("id").asString();
            new Select(browser.field("goal-status-" + goalId)).selectByValue("ACTIVE");
            new Select(browser.field("goal-achievement-" + goalId)).selectByValue("IMPROVING");
            browser.field("save-goal-" + goalId).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("goal-saved-" + goalId)));

            new Select(browser.field("outcome")).selectByValue("REACHED");
            browser.field("notes").sendKeys("Reviewed medications; low mood, nurse to call today.");
            browser.field("save-interaction").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("interaction-id")));
            // the call took 22 minutes: move the running timer's start back rather than wait
            jdbc.sql("update time_timer set started_at = started_at - interval '22 minutes' where staff_id = ?").param(riveraId).update();
            browser.field("stop-timer").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-logged")));
            assertThat(browser.field("minutes-logged").getText()).contains("22 minutes");
            browser.screenshot("day-3-call");

            browser.visit("/patients/" + patient);
            assertThat(browser.field("minutes-this-month").getText()).contains("22 min");
            assertThat(browser.field("patient-flags").getText()).containsIgnoringCase("suicide risk");
            browser.screenshot("day-4-chart-after-call");

            browser.visit("/worklist");
            String row = rowOf(browser).getText();
            assertThat(row).contains("22 min").doesNotContain("No contact yet this month");
            browser.screenshot("day-5-worklist-after-call");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ? and channel = 'UI' and action = 'READ'")
                .param(patient).query(Long.class).single()).isPositive();
    }

    private WebElement rowOf(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#worklist tbody tr")).stream()
                .filter(row -> row.getText().contains("Aaberg, Thea")).findFirst().orElseThrow();
    }

    private UUID user(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }
}
