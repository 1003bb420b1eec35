package org.careloop.browser;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator edits and deactivates a person and sets a practice's details, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAdministrationBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    String tag;
    UUID practice;
    UUID nurse;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        practice = practices.open("Harbor Clinic " + tag).id();
        staff.hire("admin." + tag, "Admin " + tag, "pw-" + tag, null, null, List.of(Role.ADMIN), Set.of(practice));
        nurse = staff.hire("rn." + tag, "Noor " + tag, "pw-" + tag, null, "RN", List.of(Role.NURSE), Set.of(practice)).id();
    }

    @Test
    void anAdministratorEditsAPersonThenDeactivatesThemAndTheirOpenSessionEnds() {
        WebSession nurseAtWork = WebSession.signIn(port, "rn." + tag, "pw-" + tag);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + tag, "pw-" + tag);
            browser.field("edit-rn." + tag).click();
            browser.waiting().until(d -> !d.findElements(By.id("edit-user")).isEmpty());
            browser.field("displayName").clear();
            browser.field("displayName").sendKeys("Noor Haddad " + tag);
            browser.field("role-CARE_MANAGER").click();
            browser.field("save-user").click();
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.getPageSource().contains("Saved the changes to Noor Haddad " + tag));
            assertThat(staff.rolesOf(nurse)).containsExactlyInAnyOrder(Role.NURSE, Role.CARE_MANAGER);
            browser.screenshot("admin-user-edit");

            browser.field("deactivate").click();
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("reactivate")).isEmpty());
            assertThat(browser.field("account-state").getText()).isEqualTo("Deactivated");
            assertThat(browser.text()).contains("signed out everywhere, API tokens revoked");
            browser.screenshot("admin-user-deactivated");
            assertThat(browser.takePolicyViolations()).isEmpty();
        }
        assertThat(nurseAtWork.get("/worklist").statusCode()).isEqualTo(302);
    }

    @Test
    void anAdministratorSetsThePracticeDetailsAndABadTaxIdIsRefusedBesideTheField() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + tag, "pw-" + tag);
            browser.driver().findElement(By.linkText("Harbor Clinic " + tag)).click();
            browser.waiting().until(d -> !d.findElements(By.id("practice-settings")).isEmpty());
            browser.field("address").sendKeys("12 Harbor Road\nHilo, HI 96720");
            browser.field("phone").sendKeys("(808) 555-0100");
            browser.field("groupNpi").sendKeys("1245319599");
            browser.field("tin").sendKeys("12-34");
            browser.field("timeZone").sendKeys("Pacific/Honolulu");
            browser.field("save-practice").click();
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("tin-error")).isEmpty());
            assertThat(browser.field("tin-error").getText()).contains("XX-XXXXXXX");
            assertThat(browser.field("tin").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.field("phone").getAttribute("value")).isEqualTo("(808) 555-0100");
            browser.screenshot("practice-settings-refused");

            browser.field("tin").clear();
            browser.field("tin").sendKeys("123456789");
            browser.field("save-practice").click();
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.getPageSource().contains("Saved the settings of Harbor Clinic " + tag));
            assertThat(browser.field("tin").getAttribute("value")).isEqualTo("12-3456789");
            assertThat(practices.zoneOf(practice).getId()).isEqualTo("Pacific/Honolulu");
            browser.screenshot("practice-settings-saved");
            assertThat(browser.takePolicyViolations()).isEmpty();
        }
    }

    @Test
    void aPersonWhosePasswordWasResetChoosesTheirOwnBeforeAnythingElse() {
        try (Browser admin = Browser.open(port)) {
            admin.signIn("admin." + tag, "pw-" + tag);
            admin.visit("/admin/users/" + nurse);
            admin.field("password").sendKeys("handed over at the desk");
            admin.field("reset").click();
            admin.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("must-change")).isEmpty());
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn("rn." + tag, "handed over at the desk");
            browser.visit("/worklist");
            assertThat(browser.currentPath()).isEqualTo("/password");
            assertThat(browser.field("must-change").getText()).contains("Choose your own before you continue");
            browser.screenshot("password-must-change");
            browser.field("current").sendKeys("handed over at the desk");
            browser.field("password").sendKeys("my own long password");
            browser.field("confirmation").sendKeys("my own long password");
            browser.field("change").click();
            browser.waiting().until(d -> !browser.currentPath().equals("/password"));
            browser.visit("/worklist");
            assertThat(browser.currentPath()).isEqualTo("/worklist");
            assertThat(browser.takePolicyViolations()).isEmpty();
        }
    }
}
