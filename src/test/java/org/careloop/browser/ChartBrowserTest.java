package org.careloop.browser;

import java.util.List;

import org.careloop.chart.ChartPatients;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The patient chart in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void aCareManagerOfAnotherPracticeCannotOpenARiversidePatientByUrl() {
        ChartPatients.DemoPatient riverside = ChartPatients.riversideWithVitals(jdbc);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm.okafor", "careloop-demo");
            browser.visit("/patients/" + riverside.id());
            assertThat(browser.text()).contains("Nothing to show here").doesNotContain(riverside.familyName());
            assertThat(browser.driver().findElements(By.id("chart-header"))).isEmpty();
            browser.screenshot("chart-other-practice-not-found");
        }
    }

    @Test
    void theChartShowsItsHeaderDrawsTheVitalsAndSwitchesTabsWithoutReloading() {
        ChartPatients.DemoPatient riverside = ChartPatients.riversideWithVitals(jdbc);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm.rivera", "careloop-demo");
            browser.visit("/patients/" + riverside.id());
            assertThat(browser.field("chart-header").isDisplayed()).isTrue();
            assertThat(browser.field("minutes-this-month").getText()).endsWith("min");
            assertThat(browser.field("start-call").findElement(By.xpath("./ancestor::form")).getAttribute("action"))
                    .endsWith("/patients/" + riverside.id() + "/call");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#trend-bp canvas[data-drawn=true]")).isEmpty());
            WebElement bp = browser.driver().findElement(By.cssSelector("#trend-bp canvas"));
            assertThat(bp.getSize().getWidth()).isGreaterThan(200);
            assertThat(bp.getSize().getHeight()).isGreaterThan(100);
            browser.screenshot("chart-summary");

            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.scrollTo(0, 900)");
            Number headerTop = (Number) js.executeScript(
                    "return document.getElementById('chart-header').getBoundingClientRect().top");
            Number appHeaderBottom = (Number) js.executeScript(
                    "return document.querySelector('.app-header').getBoundingClientRect().bottom");
            assertThat(headerTop.doubleValue()).as("the chart header stays in view below the app header")
                    .isBetween(appHeaderBottom.doubleValue() - 1, appHeaderBottom.doubleValue() + 1);
            browser.screenshot("chart-scrolled-header-stays");

            js.executeScript("window.scrollTo(0, 0); window.sameDocument = 'yes'");
            browser.field("tab-care-team").click();
            showsTab(browser, "care-team");
            assertThat(js.executeScript("return window.sameDocument")).as("no full page load").isEqualTo("yes");
            assertThat(browser.currentPath()).isEqualTo("/patients/" + riverside.id() + "?tab=care-team");
            assertThat(browser.field("tab-care-team").getAttribute("aria-selected")).isEqualTo("true");
            assertThat(browser.text()).contains("Maria Rivera").contains("Caregivers");
            browser.screenshot("chart-care-team-tab");

            browser.field("tab-care-team").sendKeys(Keys.ARROW_RIGHT);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("tab-documents");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            showsTab(browser, "documents");
            assertThat(js.executeScript("return window.sameDocument")).isEqualTo("yes");
            browser.screenshot("chart-documents-tab-by-keyboard");
        }
    }

    @Test
    void theHeaderOfAnEnrolledPatientShowsMinutesFlagsAndTheGoalOnTheChart() {
        ChartPatients.OwnPatient patient = ChartPatients.enrolledWithAMonthUnderWay(port, practices, staff);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(patient.username(), patient.password());
            browser.visit("/patients/" + patient.id());
            assertThat(browser.field("minutes-this-month").getText()).isEqualTo("14 min");
            List<WebElement> flags = browser.field("patient-flags").findElements(By.cssSelector(".badge"));
            assertThat(flags).extracting(WebElement::getText).containsExactly("Suicide risk");
            assertThat(browser.text()).contains("6 min to 99490 (CCM)").contains("Care plan goal: 130/80 mmHg");
            browser.screenshot("chart-enrolled-patient-header");
            browser.field("tab-care-plan").click();
            showsTab(browser, "care-plan");
            assertThat(browser.text()).contains("Keep my blood pressure down");
            browser.screenshot("chart-care-plan-tab");

            browser.driver().manage().window().setSize(new Dimension(820, 1180));
            browser.visit("/patients/" + patient.id());
            assertThat(browser.field("start-call").isDisplayed()).isTrue();
            assertThat(browser.field("tab-documents").isDisplayed()).isTrue();
            Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("no sideways scrolling on a tablet").isLessThanOrEqualTo(0);
            browser.screenshot("chart-on-a-tablet");
        }
    }

    /** Waits for the panel of a tab, asking the page itself so that a swap in between cannot leave a stale element. */
    private static void showsTab(Browser browser, String tab) {
        browser.waiting().until(d -> tab.equals(((JavascriptExecutor) d).executeScript(
                "var p = document.getElementById('tab-panel'); return p && p.getAttribute('data-tab')")));
    }
}
