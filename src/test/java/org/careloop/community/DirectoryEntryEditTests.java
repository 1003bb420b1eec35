package org.careloop.community;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator corrects the organizations and locations of the practice's community directory, not only its
 * services: a stale edit is a 409, a bad one names the field, and both change nothing; a care manager may read but not
 * edit; another practice's administrator finds none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryEntryEditTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    CareTeam team;
    JsonNode pantry;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Directory entries");
        HsdsPackages.importDemo(team.admin(), team.practice);
        pantry = HsdsPackages.service(team.careManager, "food", "Weekly Food Pantry");
    }

    @Test
    void anAdministratorCorrectsAnOrganizationAndAStaleOrBadEditChangesNothing() {
        String path = "/api/community/organizations/" + pantry.get("organization").get("id").asString();
        JsonNode before = team.admin().get(path).json();
        Api.Response saved = team.admin().putJson(path, organization(before.get("version").asInt(),
                "Merrimack Valley Food Bank (Lawrence)", "info@mvfoodbank.example.org"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
        assertThat(HsdsPackages.service(team.careManager, "food", "Weekly Food Pantry").get("organization")
                .get("name").asString()).isEqualTo("Merrimack Valley Food Bank (Lawrence)");

        Api.Response stale = team.admin().putJson(path, organization(before.get("version").asInt(), "Stale", null));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response bad = team.admin().putJson(path, organization(saved.json().get("version").asInt(), " ",
                "not an address"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("name", "email");
        assertThat(team.careManager.putJson(path, organization(saved.json().get("version").asInt(), "Mine", null))
                .status()).isEqualTo(403);
        assertThat(team.admin().get(path).json().get("name").asString()).isEqualTo("Merrimack Valley Food Bank (Lawrence)");
    }

    @Test
    void anAdministratorCorrectsALocationAndABadZipCodeIsRefusedNamingIt() {
        String path = "/api/community/locations/" + pantry.get("places").get(0).get("id").asString();
        JsonNode before = team.admin().get(path).json();
        Map<String, Object> change = location(before, "12 Elm Street, Suite 2", "01844");
        Api.Response saved = team.admin().putJson(path, change);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("address").asString()).isEqualTo("12 Elm Street, Suite 2");

        Api.Response bad = team.admin().putJson(path, location(saved.json(), "Elsewhere", "1844"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("postalCode");
        assertThat(team.admin().putJson(path, change).status()).isEqualTo(409);
        assertThat(team.admin().get(path).json().get("address").asString()).isEqualTo("12 Elm Street, Suite 2");
    }

    @Test
    void anotherPracticesAdministratorFindsNoOrganizationOrLocationAndChangesNothing() {
        String organization = "/api/community/organizations/" + pantry.get("organization").get("id").asString();
        String location = "/api/community/locations/" + pantry.get("places").get(0).get("id").asString();
        JsonNode place = team.admin().get(location).json();
        CareTeam other = CareTeam.hire(port, practices, staff, "Other directory");
        assertThat(other.admin().get(organization).status()).isEqualTo(404);
        assertThat(other.admin().putJson(organization, organization(0, "Taken over", null)).status()).isEqualTo(404);
        assertThat(other.admin().get(location).status()).isEqualTo(404);
        assertThat(other.admin().putJson(location, location(place, "Taken over", "01844")).status()).isEqualTo(404);
        WebSession web = WebSession.signIn(port, "admin." + other.tag, other.password());
        assertThat(web.get("/admin/community/organizations/" + pantry.get("organization").get("id").asString())
                .statusCode()).isEqualTo(404);
        assertThat(team.admin().get(organization).json().get("version").asInt()).isZero();
        assertThat(team.admin().get(location).json().get("version").asInt()).isZero();
    }

    @Test
    void theAdministratorsDirectoryPageEditsAnOrganizationAndShowsABadFieldBesideIt() {
        String id = pantry.get("organization").get("id").asString();
        team.admin();
        WebSession web = WebSession.signIn(port, "admin." + team.tag, team.password());
        String page = web.get("/admin/community?practice=" + team.practice).body();
        assertThat(page).contains("id=\"directory-organizations\"").contains("id=\"directory-locations\"")
                .contains("/admin/community/organizations/" + id);
        String form = web.get("/admin/community/organizations/" + id).body();
        assertThat(form).contains("id=\"entry-form\"").contains("for=\"entry-website\"");

        var refused = web.post("/admin/community/organizations/" + id, Map.of("version", "0",
                "name", "Food Bank", "website", "ftp://nowhere"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"entry-website-error\"");
        var saved = web.post("/admin/community/organizations/" + id, Map.of("version", "0",
                "name", "Food Bank of the Valley", "website", "https://foodbank.example.org", "phones", "978-555-0100"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(team.admin().get("/api/community/organizations/" + id).json().get("name").asString())
                .isEqualTo("Food Bank of the Valley");
    }

    private static Map<String, Object> organization(int version, String name, String email) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", version);
        change.put("name", name);
        change.put("description", "Groceries and SNAP help");
        change.put("email", email);
        change.put("website", "https://mvfoodbank.example.org");
        change.put("phones", List.of("978-555-0100"));
        return change;
    }

    private static Map<String, Object> location(JsonNode location, String address, String zip) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", location.get("version").asInt());
        change.put("name", location.get("name").asString("Pantry"));
        change.put("address", address);
        change.put("city", "Methuen");
        change.put("state", "ma");
        change.put("postalCode", zip);
        change.put("phones", List.of("978-555-0101"));
        return change;
    }

    private static List<String> fields(Api.Response refused) {
        return refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
