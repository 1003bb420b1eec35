package org.careloop.browser;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page on a phone (390 px wide) and for a keyboard or screen-reader user: nothing scrolls sideways,
 * the first Tab reaches "Skip to main content", the focus ring shows, and axe-core finds no WCAG 2.2 A/AA violation.
 * A practice of its own with a care team and a patient with a plan, a screen, a task and time is the data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneAndAccessibilityBrowserTest {

    private static final String PASSWORD = "careloop-demo";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void everyMainPageFitsAPhoneAndPassesAxe() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Phone practice");
        UUID patient = team.enrolledPatient("Oyelaran-Whitfield", "Bartholomew Alexander");
        team.enrolledPatient("Brennan", "Aoife");
        UUID plan = team.planAwaitingSignOff(patient);
        team.positivePhq9(patient);
        team.task(patient, "Review the glucose log with the patient and the pharmacy", "FOLLOW_UP", "CARE_MANAGER", null, -2);
        OffsetDateTime began = OffsetDateTime.now(CareTeam.ZONE).minusHours(3);
        assertThat(team.careManager.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "MEDICATION_RECONCILIATION", "startedAt", began.toString(), "minutes", 22,
                "notes", "Reconciled the medication list with the pharmacy")).status()).isEqualTo(201);
        team.biller();
        team.admin();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(team.careManagerUsername(), new ArrayList<>(List.of("/worklist", "/patients", "/patients/" + patient + "/call",
                "/patients/" + patient + "/time", "/patients/" + patient + "/enrollment", "/care-plans/" + plan,
                "/patients/" + patient + "/referrals/new", "/community?category=food&zip=01844", "/referrals", "/directory")));
        for (String tab : List.of("summary", "care-plan", "assessments", "time", "care-team", "documents", "audit")) {
            pages.get(team.careManagerUsername()).add("/patients/" + patient + "?tab=" + tab);
        }
        pages.put(team.providerUsername(), List.of("/inbox"));
        pages.put("biller." + team.tag, List.of("/billing"));
        pages.put("admin." + team.tag, List.of("/admin", "/admin/import", "/admin/conditions", "/admin/community"));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> person : pages.entrySet()) {
            try (Browser browser = Browser.open(port)) {
                browser.signIn(person.getKey(), team.password());
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                for (String path : person.getValue()) {
                    browser.visit(path);
                    browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                    long overflow = browser.sidewaysOverflow();
                    if (overflow > 0) {
                        problems.add(path + " is " + overflow + " px too wide: " + browser.overflowingElements());
                    }
                    browser.accessibilityViolations().forEach(v -> problems.add(path + " on a phone: " + v));
                    browser.screenshot("phone-" + person.getKey().replace("." + team.tag, "") + path.replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "").replaceAll("-$", ""));
                }
                browser.driver().manage().window().setSize(new Dimension(1280, 800));
                for (String path : person.getValue()) {
                    browser.visit(path);
                    browser.accessibilityViolations().forEach(v -> problems.add(path + " on a desktop: " + v));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theFirstTabOffersToSkipToTheMainContentAndTheFocusShows() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm.rivera", PASSWORD);
            browser.visit("/worklist");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to main content");
            assertThat(focused.getAttribute("href")).endsWith("#main");
            assertThat(focused.isDisplayed()).isTrue();
            assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
            assertThat(browser.driver().findElement(By.cssSelector("main#main")).isDisplayed()).isTrue();
            browser.screenshot("skip-link-focused");
        }
    }

    @Test
    void trendChartAxisLabelsDoNotOverlapOnAPhone() {
        UUID patient = jdbc.sql("""
                select o.patient_id from observation o join patient p on p.id = o.patient_id
                  join practice pr on pr.id = p.practice_id
                 where pr.name = 'Riverside Family Medicine' and o.code = '85354-9'
                 group by o.patient_id order by count(*) desc limit 1""").query(UUID.class).single();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm.rivera", PASSWORD);
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.visit("/patients/" + patient);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("canvas.trend-chart[data-drawn]")).isEmpty());
            @SuppressWarnings("unchecked")
            List<String> overlaps = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    var out = [];
                    document.querySelectorAll('canvas.trend-chart[data-drawn]').forEach(function (canvas) {
                      var chart = Chart.getChart(canvas), x = chart.scales.x, ctx = chart.ctx;
                      ctx.save();
                      ctx.font = Chart.helpers.toFont(x.options.ticks.font).string;
                      var items = x.ticks.map(function (t, i) {
                        var label = Array.isArray(t.label) ? t.label.join(' ') : String(t.label);
                        return {label: label, at: x.getPixelForTick(i), width: ctx.measureText(label).width};
                      });
                      ctx.restore();
                      for (var i = 1; i < items.length; i++) {
                        if (items[i].at - items[i - 1].at < (items[i].width + items[i - 1].width) / 2 + 4) {
                          out.push(canvas.id + ': "' + items[i - 1].label + '" and "' + items[i].label + '"');
                        }
                      }
                    });
                    return out;""");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('canvas.trend-chart[data-drawn]').scrollIntoView({block: 'center'})");
            browser.screenshot("phone-chart-trends");
            assertThat(overlaps).isEmpty();
        }
    }
}
