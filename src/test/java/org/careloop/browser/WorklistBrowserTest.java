package org.careloop.browser;

import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A care manager's worklist in a real browser: filters swap in place, a pool task taken moves to "mine". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorklistBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void filtersSwapTheListInPlaceAndATakenPoolTaskMovesToMineWithoutAReload() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Worklist browser practice");
        UUID overdue = team.enrolledPatient("Adeyemi", "Folake");
        team.enrolledPatient("Brennan", "Aoife");
        team.task(overdue, "Review the glucose log", "FOLLOW_UP", "CARE_MANAGER", null, -2);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            assertThat(browser.currentPath()).isEqualTo("/worklist");
            assertThat(browser.text()).contains("Adeyemi, Folake", "Brennan, Aoife", "1 overdue task");
            browser.screenshot("worklist-care-manager");
            markPage(browser);

            browser.field("filter-overdue").sendKeys(Keys.SPACE);
            browser.waiting().until(d -> !textOf(browser, "worklist-results").contains("Brennan, Aoife"));
            assertThat(textOf(browser, "worklist-results")).contains("Adeyemi, Folake");
            assertThat(browser.currentPath()).contains("overdue=true");
            browser.screenshot("worklist-filtered-overdue");

            WebElement take = browser.driver().findElement(
                    By.cssSelector("#tasks-pool button[aria-label='Take the task Review the glucose log']"));
            take.sendKeys(Keys.ENTER);
            browser.waiting().until(d -> textOf(browser, "tasks-mine").contains("Review the glucose log"));
            assertThat(textOf(browser, "tasks-pool")).doesNotContain("Review the glucose log");
            assertThat(browser.text()).contains("You took \u201cReview the glucose log\u201d.");
            assertThat(samePage(browser)).as("no full page load").isTrue();
            browser.screenshot("worklist-task-taken");

            browser.driver().manage().window().setSize(new Dimension(820, 1180));
            browser.visit("/worklist");
            assertThat(browser.field("tasks").isDisplayed()).isTrue();
            browser.screenshot("worklist-tablet");
        }
    }

    @Test
    void aNurseSeesThePatientsWithWorkInHerPoolAndHerTasks() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Nurse browser practice");
        UUID patient = team.enrolledPatient("Haddad", "Karim");
        team.task(patient, "Same-day call: chest pain reported", "ESCALATION", "NURSE", null, 0);
        team.task(patient, "Check the blood pressure log", "FOLLOW_UP", "NURSE", null, -1);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.nurseUsername(), team.password());
            assertThat(browser.currentPath()).isEqualTo("/worklist");
            assertThat(textOf(browser, "nurse-patients")).contains("Haddad, Karim", "1 open escalation", "2 open tasks");
            assertThat(textOf(browser, "tasks-pool")).contains("Same-day call: chest pain reported",
                    "Check the blood pressure log");
            browser.screenshot("worklist-nurse");
        }
    }

    /** Leaves a mark in the page's window that a full page load would erase. */
    static void markPage(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.careloopSamePage = true;");
    }

    /** The element's text read in the page, so an element htmx just swapped is never stale. */
    static String textOf(Browser browser, String id) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id));
    }

    static boolean samePage(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.careloopSamePage === true;"));
    }
}
