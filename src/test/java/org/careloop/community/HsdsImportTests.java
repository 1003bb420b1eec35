package org.careloop.community;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator imports a practice's community directory from an Open Referral HSDS package, whole or not at all:
 * a sound package lands with its categories, places, hours, languages and ZIP codes served; a package with bad rows
 * is refused with every problem named by file, row and column, and nothing is stored; a second package updates the
 * entries of the same HSDS id; the export imports back to the same directory. Another practice sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HsdsImportTests {

    static final String PANTRY = "Weekly Food Pantry";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSoundPackageImportsEveryServiceWithWhatACareManagerNeedsToRefer() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Directory practice");

        JsonNode result = HsdsPackages.importDemo(team.admin(), team.practice).json();

        assertThat(result.get("organizations").asInt()).isEqualTo(10);
        assertThat(result.get("services").asInt()).isEqualTo(16);
        assertThat(result.get("locations").asInt()).isEqualTo(12);
        assertThat(result.get("created").asInt()).isEqualTo(38);
        assertThat(result.get("updated").asInt()).isZero();
        assertThat(result.get("notes").valueStream().map(JsonNode::asString).toList())
                .anyMatch(note -> note.contains("only the ZIP codes of the area are read") && note.contains("Massachusetts"));
        JsonNode pantry = HsdsPackages.service(team.careManager, "food", PANTRY);
        assertThat(pantry.get("organization").get("name").asString()).isEqualTo("Merrimack Valley Community Food Bank");
        assertThat(pantry.get("categories").valueStream().map(JsonNode::asString).toList()).containsExactly("FOOD");
        assertThat(pantry.get("languages").valueStream().map(JsonNode::asString).toList())
                .containsExactly("English", "Spanish", "Vietnamese");
        assertThat(pantry.get("zipCodes").valueStream().map(JsonNode::asString).toList()).contains("01840", "01844");
        assertThat(pantry.get("places").valueStream().map(place -> place.get("postalCode").asString()).toList())
                .containsExactlyInAnyOrder("01840", "01844");
        assertThat(pantry.get("hours").size()).isEqualTo(2);
        assertThat(pantry.get("lastVerified").asString()).isEqualTo("2026-10-15");
        assertThat(team.careManager.get("/api/community/services/" + pantry.get("id").asString()).json()
                .get("phones").get(0).asString()).isEqualTo("978-555-0102");
    }

    @Test
    void aPackageWithBadRowsIsRefusedNamingFileRowAndColumnAndNothingIsStored() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Bad package practice");
        Map<String, String> files = new LinkedHashMap<>(HsdsPackages.demo());
        List<String> services = new java.util.ArrayList<>(List.of(files.get("services.csv").split("\n")));
        services.set(2, services.get(2).replace(",active,", ",open,"));
        services.set(4, services.get(4).replaceFirst(",[0-9a-f-]{36},", ",no-such-organization,"));
        files.put("services.csv", String.join("\n", services) + "\n");
        files.put("schedules.csv", files.get("schedules.csv").replaceFirst("MO,WE,FR", "MO,XX"));
        files.put("addresses.csv", files.get("addresses.csv").replace(",01844,", ",1844,"));

        Api.Response refused = HsdsPackages.upload(team.admin(), team.practice, HsdsPackages.zip(files));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> problems = refused.json().get("errors").valueStream()
                .map(e -> e.get("file").asString() + ":" + e.get("row").asInt() + ":" + e.get("column").asString(""))
                .toList();
        assertThat(problems).contains("services.csv:3:status", "services.csv:5:organization_id", "schedules.csv:2:byday",
                "addresses.csv:3:postal_code");
        assertThat(refused.json().get("errors").valueStream().filter(e -> e.get("column").asString("").equals("status"))
                .findFirst().orElseThrow().get("problem").asString()).contains("active, inactive, defunct, temporarily closed");
        assertThat(jdbc.sql("select count(*) from community_organization where practice_id = ?").param(team.practice)
                .query(Long.class).single()).as("nothing of the package is stored").isZero();
    }

    @Test
    void aSecondPackageUpdatesTheEntriesOfTheSameHsdsId() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Re-import practice");
        HsdsPackages.importDemo(team.admin(), team.practice);
        JsonNode before = HsdsPackages.service(team.careManager, "food", PANTRY);
        Map<String, String> files = new LinkedHashMap<>(HsdsPackages.demo());
        files.put("services.csv", files.get("services.csv").replace(PANTRY, "Weekly Food Pantry and Produce Market"));

        JsonNode again = HsdsPackages.upload(team.admin(), team.practice, HsdsPackages.zip(files)).json();

        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(38);
        JsonNode after = HsdsPackages.service(team.careManager, "food", "Weekly Food Pantry and Produce Market");
        assertThat(after.get("id").asString()).isEqualTo(before.get("id").asString());
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
        assertThat(after.get("hours").size()).as("hours are replaced, not doubled").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from community_service where practice_id = ?").param(team.practice)
                .query(Long.class).single()).isEqualTo(16);
    }

    @Test
    void theExportImportsBackToTheSameDirectoryInAnotherPractice() {
        CareTeam first = CareTeam.hire(port, practices, staff, "Export practice");
        CareTeam second = CareTeam.hire(port, practices, staff, "Copy practice");
        HsdsPackages.importDemo(first.admin(), first.practice);

        Api.Response exported = first.admin().get("/api/community/directory/export?practice=" + first.practice);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(HsdsPackages.unzip(exported.body()).keySet()).contains("organizations.csv", "services.csv",
                "locations.csv", "addresses.csv", "service_at_location.csv", "phones.csv", "schedules.csv",
                "languages.csv", "service_areas.csv", "taxonomy_terms.csv", "attributes.csv");
        Api.Response imported = HsdsPackages.upload(second.admin(), second.practice, exported.body());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(directory(second.careManager)).isEqualTo(directory(first.careManager));
    }

    @Test
    void onlyAnAdministratorOfThePracticeImportsExportsAndEditsItsDirectory() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Guarded directory");
        CareTeam other = CareTeam.hire(port, practices, staff, "Other directory");
        HsdsPackages.importDemo(team.admin(), team.practice);
        JsonNode pantry = HsdsPackages.service(team.careManager, "food", PANTRY);
        String path = "/api/community/services/" + pantry.get("id").asString();

        assertThat(HsdsPackages.upload(team.careManager, team.practice, HsdsPackages.zip(HsdsPackages.demo())).status())
                .isEqualTo(403);
        assertThat(HsdsPackages.upload(other.admin(), team.practice, HsdsPackages.zip(HsdsPackages.demo())).status())
                .isEqualTo(404);
        assertThat(other.admin().get("/api/community/directory/export?practice=" + team.practice).status()).isEqualTo(404);
        assertThat(other.careManager.get(path).status()).isEqualTo(404);
        assertThat(other.careManager.get("/api/community/services?practice=" + team.practice).status()).isEqualTo(404);
        assertThat(other.admin().putJson(path, edit(pantry, "Taken over")).status()).isEqualTo(404);
        assertThat(team.careManager.putJson(path, edit(pantry, "Renamed by a care manager")).status()).isEqualTo(403);
        assertThat(team.careManager.get(path).json().get("name").asString()).isEqualTo(PANTRY);
    }

    @Test
    void anAdministratorCorrectsAServiceAndAStaleOrBadEditChangesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Edited directory");
        HsdsPackages.importDemo(team.admin(), team.practice);
        JsonNode pantry = HsdsPackages.service(team.careManager, "food", PANTRY);
        String path = "/api/community/services/" + pantry.get("id").asString();

        Api.Response saved = team.admin().putJson(path, edit(pantry, "Weekly Food Pantry (Methuen)"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("lastVerified").asString()).isEqualTo("2026-11-30");

        Api.Response stale = team.admin().putJson(path, edit(pantry, "Stale name"));
        assertThat(stale.status()).isEqualTo(409);
        Map<String, Object> bad = edit(saved.json(), "Bad e-mail");
        bad.put("email", "not an address");
        bad.put("zipCodes", List.of("01844", "1844"));
        Api.Response refused = team.admin().putJson(path, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("email", "zipCodes[1]");
        assertThat(team.careManager.get(path).json().get("name").asString()).isEqualTo("Weekly Food Pantry (Methuen)");
    }

    /** The directory as a care manager reads it, without the ids that differ between practices. */
    private static List<String> directory(Api caller) {
        return caller.get("/api/community/services").json().valueStream().map(ranked -> {
            JsonNode s = ranked.get("service");
            return s.get("hsdsId").asString() + "|" + s.get("name").asString() + "|" + s.get("organization").get("name")
                    + "|" + s.get("categories") + "|" + s.get("languages") + "|" + s.get("zipCodes") + "|"
                    + s.get("phones") + "|" + s.get("hours") + "|" + s.get("lastVerified") + "|"
                    + s.get("places").valueStream().map(p -> p.get("address").asString() + " " + p.get("postalCode")).toList();
        }).sorted().toList();
    }

    private static Map<String, Object> edit(JsonNode service, String name) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", service.get("version").asInt());
        change.put("name", name);
        change.put("description", service.get("description").asString(null));
        change.put("email", "pantry@mvfoodbank.example.org");
        change.put("status", "active");
        change.put("eligibility", service.get("eligibility").asString(null));
        change.put("fees", "Free");
        change.put("categories", List.of("food"));
        change.put("languages", List.of("English", "es"));
        change.put("zipCodes", List.of("01844", "01841"));
        change.put("phones", List.of("978-555-0102"));
        change.put("lastVerified", "2026-11-30");
        return change;
    }
}
