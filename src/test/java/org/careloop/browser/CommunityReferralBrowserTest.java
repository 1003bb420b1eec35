package org.careloop.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.community.HsdsPackages;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a care manager on the call with a patient whose screen found a food need sees the best
 * services beside the need, refers the patient to the first one with the patient's consent and prints the letter;
 * later she records that the pantry accepted and that the service was provided, and the care plan says the need is
 * met. The directory, the referral and the loop pass axe and fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityReferralBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void aCareManagerRefersAFoodNeedFromTheCallPageAndLaterRecordsTheOutcome() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Browser referrals");
        HsdsPackages.importDemo(team.admin(), team.practice);
        UUID patient = team.patient(java.util.Map.of("familyName", "Nakamura", "givenNames", "Lena",
                "birthDate", "1949-09-21", "preferredLanguage", "es", "phone", "978-555-0148",
                "address", java.util.Map.of("line", "9 Pleasant St", "city", "Methuen", "state", "MA", "postalCode", "01844")));
        String plan = TestPatients.startCarePlan(team.careManager, patient, "CCM", "hypertension");
        assertThat(team.careManager.postJson("/api/patients/" + patient + "/assessments", java.util.Map.of(
                "instrument", "AHC HRSN", "answers", List.of("steady-place", List.of("none"), "sometimes-true",
                        "often-true", "no", "no", "never", "never", "never", "never"))).status()).isEqualTo(201);
        List<String> problems = new ArrayList<>();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(team.careManagerUsername(), team.password());
            browser.visit("/patients/" + patient + "/call");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("refer-food-insecurity-0")));
            assertThat(browser.field("community-suggestions").getText()).contains("Food ran out")
                    .contains("Serves ZIP 01844").contains("Speaks Spanish");
            check(browser, "call page", problems);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('community-suggestions').scrollIntoView({block: 'start'}); window.scrollBy(0, -120);");
            browser.screenshot("referral-1-call-page-suggestions");

            String service = browser.field("refer-food-insecurity-0").getAttribute("href");
            browser.field("refer-food-insecurity-0").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("referral-form")));
            assertThat(new Select(browser.field("referral-need")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("food-insecurity");
            assertThat(service).contains(new Select(browser.field("referral-service")).getFirstSelectedOption()
                    .getAttribute("value"));
            browser.field("referral-request").sendKeys("Groceries for two this week; she has no car on weekdays.");
            browser.field("consent-what").sendKeys("Name, date of birth, phone number and the food need");
            browser.field("consent-with-whom").sendKeys("The pantry's intake staff");
            browser.screenshot("referral-2-form");
            check(browser, "referral form", problems);
            browser.field("send-print").click();

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("referral-status")));
            assertThat(browser.currentPath()).startsWith("/referrals/");
            assertThat(browser.field("referral-status").getText()).isEqualTo("Sent");
            assertThat(browser.text()).contains("recorded as printed").contains("Printed for fax or hand delivery");
            assertThat(browser.field("letter-link").getAttribute("href")).endsWith("/letter.pdf");
            browser.screenshot("referral-3-sent");
            check(browser, "referral page", problems);

            browser.field("accept-note").sendKeys("Intake appointment Tuesday at 10");
            browser.field("record-accepted").click();
            browser.waiting().until(d -> d.findElement(By.id("referral-status")).getText().equals("Accepted"));
            new Select(browser.field("outcome-need")).selectByValue("MET");
            browser.field("outcome-note").sendKeys("Picked up groceries; enrolled for weekly visits");
            browser.field("record-outcome").click();
            browser.waiting().until(d -> d.findElement(By.id("referral-status")).getText().equals("Service provided"));
            assertThat(browser.field("need-status").getText()).isEqualTo("Need met");
            assertThat(browser.field("referral-moves").getText()).contains("Sent").contains("Accepted")
                    .contains("Service provided").contains(team.careManagerUsername());
            browser.screenshot("referral-4-outcome-recorded");
            check(browser, "closed referral", problems);

            JsonNode need = team.careManager.get("/api/care-plans/" + plan).json().get("content").get("problems")
                    .valueStream().filter(p -> "food-insecurity".equals(p.path("sdohDomain").asString(null)))
                    .findFirst().orElseThrow();
            assertThat(need.get("needStatus").asString()).isEqualTo("MET");

            browser.visit("/patients/" + patient);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("patient-referrals")));
            assertThat(browser.field("patient-referrals").getText()).contains("Service provided");
            check(browser, "chart", problems);

            browser.visit("/referrals");
            assertThat(browser.field("loop-summary").getText()).contains("1 referral sent: 1 closed with an outcome");
            browser.screenshot("referral-5-loop");
            check(browser, "referral loop", problems);

            browser.visit("/community?category=food&zip=01844&language=Spanish");
            assertThat(browser.field("results").getText()).contains("Serves ZIP 01844 · Speaks Spanish");
            browser.screenshot("referral-6-directory");
            check(browser, "directory", problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anAdministratorImportsAPackageWithABadRowAndSeesWhereItIs() throws Exception {
        CareTeam team = CareTeam.hire(port, practices, staff, "Browser directory");
        team.admin();
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>(HsdsPackages.demo());
        files.put("services.csv", files.get("services.csv").replaceFirst(",active,", ",open,"));
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("hsds", ".zip");
        java.nio.file.Files.write(zip, HsdsPackages.zip(files));
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + team.tag, team.password());
            browser.visit("/admin/community");
            browser.field("import-file").sendKeys(zip.toAbsolutePath().toString());
            browser.field("import-submit").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
            assertThat(browser.field("import-problems").getText()).contains("services.csv").contains("status")
                    .contains("must be one of active");
            browser.screenshot("directory-admin-refused");
            check(browser, "refused import", problems);

            java.nio.file.Files.write(zip, HsdsPackages.zip(HsdsPackages.demo()));
            browser.field("import-file").sendKeys(zip.toAbsolutePath().toString());
            browser.field("import-submit").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
            assertThat(browser.field("import-summary").getText()).contains("16 services");
            browser.driver().findElement(By.linkText("Weekly Food Pantry")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("service-form")));
            browser.field("service-verified").sendKeys("12012026");
            browser.screenshot("directory-admin-edit");
            check(browser, "service form", problems);
        }
        assertThat(problems).isEmpty();
    }

    /** axe finds nothing, and on a phone nothing scrolls sideways. */
    private static void check(Browser browser, String page, List<String> problems) {
        browser.accessibilityViolations().forEach(v -> problems.add(page + ": " + v));
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            if (browser.sidewaysOverflow() > 0) {
                problems.add(page + " on a phone scrolls sideways: " + browser.overflowingElements());
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 800));
        }
    }
}
