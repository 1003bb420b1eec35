package org.careloop.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's pages in a real browser: people, the chronic-condition catalogue, FHIR import. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    String tag;
    UUID practice;

    /** An administrator of a practice of their own, so imported patients land nowhere else. */
    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        practice = practices.open("Admin page practice " + tag).id();
        staff.hire("admin." + tag, "Admin " + tag, "pw-" + tag, null, null, List.of(Role.ADMIN), Set.of(practice));
    }

    @Test
    void aProviderWithABadNpiIsRefusedBesideTheFieldAndNothingIsStored() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + tag, "pw-" + tag);
            assertThat(browser.currentPath()).isEqualTo("/admin");
            String username = "dr.new." + tag;
            fillUser(browser, username, "1234567890");
            browser.field("add-user").submit();
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.id("npi-error")).isEmpty());
            assertThat(browser.field("npi-error").getText()).contains("not a valid NPI");
            assertThat(browser.field("npi").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.field("username").getAttribute("value")).isEqualTo(username);
            assertThat(usersNamed(username)).isZero();
            browser.screenshot("admin-bad-npi");

            browser.field("npi").clear();
            browser.field("npi").sendKeys("1234567893");
            browser.field("password").sendKeys("a-long-password-" + tag);
            browser.field("add-user").submit();
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.id("npi-error")).isEmpty());
            assertThat(browser.text()).contains("Added Dr New " + tag);
            assertThat(usersNamed(username)).isOne();
            assertThat(staff.rolesOf(staff.findByUsername(username).orElseThrow().id())).containsExactly(Role.PROVIDER);
            assertThat(browser.field("people").getText()).contains(username).contains("Provider");
        }
    }

    @Test
    void anAdministratorUnlocksAUserNameThatWrongPasswordsMadeWait() {
        String username = "waiting." + tag;
        staff.hire(username, "Waiting " + tag, "pw-" + tag, null, null, List.of(Role.NURSE), Set.of(practice));
        org.careloop.support.Api guesser = org.careloop.support.Api.at(port).from("203.0.113.77");
        for (int attempt = 0; attempt < 6; attempt++) {
            guesser.as(username, "guess-" + attempt).get("/api/tokens");
        }
        assertThat(guesser.as(username, "pw-" + tag).get("/api/tokens").status()).isEqualTo(429);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + tag, "pw-" + tag);
            assertThat(browser.field("people").getText()).contains("an address waits");
            browser.screenshot("admin-user-waiting");
            browser.field("unlock-" + username).click();
            browser.waiting().until(d -> d.findElements(By.id("unlock-" + username)).isEmpty());
            assertThat(browser.text()).contains("Waiting " + tag + " can sign in again");
        }
        assertThat(guesser.as(username, "pw-" + tag).get("/api/tokens").status()).isEqualTo(200);
    }

    @Test
    void aCodeWithABadCategoryIsRefusedAndAGoodOneJoinsTheCatalogue() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + tag, "pw-" + tag);
            browser.visit("/admin/conditions");
            new Select(browser.field("system")).selectByVisibleText("ICD-10-CM");
            browser.field("code").sendKeys("Z" + tag.substring(0, 3));
            browser.field("display").sendKeys("Test condition " + tag);
            browser.field("category").sendKeys("test 42!");
            browser.field("add-code").submit();
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.id("category-error")).isEmpty());
            assertThat(browser.field("category-error").getText()).contains("letters and underscores");
            browser.screenshot("admin-catalogue-error");

            browser.field("category").clear();
            browser.field("category").sendKeys("test_category_" + tag.replaceAll("[0-9]", "x"));
            browser.field("add-code").submit();
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.id("category-error")).isEmpty());
            assertThat(browser.text()).contains("Added Z" + tag.substring(0, 3));
            assertThat(jdbc.sql("select count(*) from chronic_condition_catalogue where display = ?")
                    .param("Test condition " + tag).query(Long.class).single()).isOne();
        }
    }

    @Test
    void anImportOfUploadedBundlesShowsWhatEachFileKeptAndWhichEntryFailed() throws Exception {
        Path broken = Files.createTempDirectory("careloop-import").resolve("broken.json");
        Files.writeString(broken, """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"fullUrl": "urn:uuid:0a000000-0000-0000-0000-00000000000a",
                   "resource": {"resourceType": "Condition", "subject": {"reference": "urn:uuid:0b000000-0000-0000-0000-00000000000b"},
                                "code": {"coding": [{"system": "http://snomed.info/sct", "code": "44054006"}]}}}]}""");
        Path fixtures = Path.of("src/test/resources/fhir").toAbsolutePath();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + tag, "pw-" + tag);
            browser.visit("/admin/import");
            // the patient's bundle is chosen before the directory it points at: the page imports the directory first
            browser.field("import-files").sendKeys(String.join("\n",
                    fixtures.resolve("b544c19e-8476-1e14-c568-5faa9c3940d0.json.gz").toString(),
                    fixtures.resolve("directory.json.gz").toString(), broken.toString()));
            browser.field("import-submit").click();
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#import-results .import-result")).size() == 3);
            assertThat(browser.field("import-count").getText()).isEqualTo("3 of 3 files done: 2 imported, 1 failed");
            List<WebElement> results = browser.driver().findElements(By.cssSelector("#import-results .import-result"));
            assertThat(results.get(0).getText()).contains("directory.json.gz").contains("Practitioner:");
            assertThat(results.get(1).getText()).contains("b544c19e").contains("1 patient ·").contains("Patient: 1")
                    .contains("Not kept by type").contains("Claim:");
            assertThat(results.get(2).getText()).contains("broken.json").contains("nothing stored").contains("Bundle.entry[0]");
            assertThat(jdbc.sql("select count(*) from patient where practice_id = ?").param(practice).query(Long.class).single())
                    .isOne();
            browser.screenshot("admin-fhir-import");
        }
    }

    private void fillUser(Browser browser, String username, String npi) {
        browser.field("username").sendKeys(username);
        browser.field("displayName").sendKeys("Dr New " + tag);
        browser.field("password").sendKeys("a-long-password-" + tag);
        browser.field("role-PROVIDER").click();
        browser.field("practice-" + practice).click();
        browser.field("credential").sendKeys("MD");
        browser.field("npi").sendKeys(npi);
    }

    private long usersNamed(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single();
    }
}
