package org.careloop.browser;

import java.util.ArrayList;
import java.util.List;

import org.careloop.community.HsdsPackages;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Browser;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's community directory lists organizations and locations, and their edit forms (a refused one
 * with the problem beside its field) pass axe and fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryEntryBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theOrganizationAndLocationFormsAreAccessibleAndFitAPhone() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Directory entry pages");
        HsdsPackages.importDemo(team.admin(), team.practice);
        JsonNode pantry = HsdsPackages.service(team.careManager, "food", "Weekly Food Pantry");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin." + team.tag, team.password());
            browser.visit("/admin/community?practice=" + team.practice);
            assertThat(browser.field("directory-organizations").getText()).contains("Merrimack Valley Community Food Bank");
            check(browser, "directory", problems);
            browser.visit("/admin/community/locations/" + pantry.get("places").get(0).get("id").asString());
            check(browser, "location form", problems);
            browser.visit("/admin/community/organizations/" + pantry.get("organization").get("id").asString());
            browser.field("entry-email").clear();
            browser.field("entry-email").sendKeys("not an address");
            browser.field("entry-save").click();
            assertThat(browser.field("entry-email-error").getText()).contains("must be an e-mail address");
            browser.screenshot("directory-organization-refused");
            check(browser, "refused organization form", problems);
        }
        assertThat(problems).isEmpty();
    }

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
