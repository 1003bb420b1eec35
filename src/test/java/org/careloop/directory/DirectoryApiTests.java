package org.careloop.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Npi;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory a practice keys in: a care manager adds the patient's cardiologist and pharmacy, an NPI must carry
 * its check digit, only an administrator corrects or deactivates an entry (with the version read), an entry imported
 * from an EHR is kept as sent, and one practice never sees another's hand-entered entries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "NPI {0} valid: {1}")
    @CsvSource({"1234567893, true", "1245319599, true", "1234567890, false", "1245319598, false",
            "123456789, false", "12345678930, false", "123456789X, false"})
    void anNpiIsTenDigitsWhoseLastIsTheLuhnCheckDigitOverThe80840Prefix(String npi, boolean valid) {
        assertThat(Npi.valid(npi)).isEqualTo(valid);
    }

    @Test
    void aCareManagerAddsAClinicianWhoseNpiCarriesItsCheckDigitAndTheSearchFindsThemBySpecialty() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Directory practice");
        Api.Response typo = team.careManager.postJson("/api/directory/practitioners", hart("1245319598"));
        assertThat(typo.status()).as(typo.toString()).isEqualTo(400);
        assertThat(fields(typo)).containsExactly("npi");
        assertThat(typo.text()).contains("check digit");
        assertThat(fields(team.careManager.postJson("/api/directory/practitioners", hart("12345")))).containsExactly("npi");
        Map<String, Object> nameless = hart("1245319599");
        nameless.put("familyName", " ");
        nameless.put("email", "lena.hart");
        assertThat(fields(team.careManager.postJson("/api/directory/practitioners", nameless)))
                .containsExactly("familyName", "email");

        Api.Response added = team.careManager.postJson("/api/directory/practitioners", hart("1245319599"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("practiceId").asString()).isEqualTo(team.practice.toString());
        JsonNode found = team.nurse.get("/api/directory/practitioners?q=cardio").json();
        assertThat(found.valueStream().map(p -> p.get("id").asString()).toList())
                .contains(added.json().get("id").asString());
        assertThat(found.get(0).get("familyName").asString()).as("the practice's own entries first").isEqualTo("Hart");
    }

    @Test
    void onlyAnAdministratorCorrectsOrDeactivatesAnEntryAndAStaleVersionChangesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Directory admin practice");
        JsonNode pharmacy = team.careManager.postJson("/api/directory/organizations", Map.of("name", "Main St Pharmacy",
                "kind", "PHARMACY", "phone", "413-555-0190")).json();
        String path = "/api/directory/organizations/" + pharmacy.get("id").asString();
        Map<String, Object> corrected = new HashMap<>(Map.of("name", "Main Street Pharmacy " + team.tag, "kind", "PHARMACY",
                "phone", "413-555-0191", "version", pharmacy.get("version").asInt()));

        assertThat(team.careManager.putJson(path, corrected).status()).isEqualTo(403);
        Api.Response saved = team.admin().putJson(path, corrected);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("name").asString()).isEqualTo("Main Street Pharmacy " + team.tag);
        Api.Response stale = team.admin().putJson(path, corrected);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(team.admin().putJson(path, Map.of("name", "X", "kind", "BAKERY", "version", 1))))
                .containsExactly("kind");

        Api.Response off = team.admin().postJson(path + "/deactivation", Map.of("version", saved.json().get("version").asInt()));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(team.careManager.get("/api/directory/organizations?q=Main%20Street%20Pharmacy%20" + team.tag).json().size())
                .as("an inactive entry is not offered").isZero();

        UUID imported = Directory.idFor("Organization", "careteam-test-" + team.tag);
        jdbc.sql("insert into organization (id, source_key, name, phone) values (?, ?, 'Mercy Hospital', '555-0100')")
                .params(imported, "careteam-test-" + team.tag).update();
        Api.Response kept = team.admin().putJson("/api/directory/organizations/" + imported,
                Map.of("name", "Renamed", "kind", "HOSPITAL", "version", 0));
        assertThat(kept.status()).as("an imported entry is kept as the EHR sent it").isEqualTo(409);
        assertThat(team.careManager.get("/api/directory/organizations/" + imported).json().get("name").asString())
                .isEqualTo("Mercy Hospital");
    }

    @Test
    void anotherPracticesHandEnteredEntriesAreNotFoundNotListedAndNotChanged() {
        CareTeam ours = CareTeam.hire(port, practices, staff, "Our directory practice");
        CareTeam theirs = CareTeam.hire(port, practices, staff, "Their directory practice");
        JsonNode hart = ours.careManager.postJson("/api/directory/practitioners", hart("1245319599")).json();
        JsonNode agency = ours.careManager.postJson("/api/directory/organizations", Map.of("name",
                "Riverbend Home Health " + ours.tag, "kind", "HOME_HEALTH")).json();
        String practitioner = "/api/directory/practitioners/" + hart.get("id").asString();
        String organization = "/api/directory/organizations/" + agency.get("id").asString();

        for (Api stranger : List.of(theirs.careManager, theirs.admin())) {
            assertThat(stranger.get(practitioner).status()).isEqualTo(404);
            assertThat(stranger.get(organization).status()).isEqualTo(404);
            assertThat(stranger.putJson(practitioner, with(hart("1245319599"), "version", 0)).status()).isEqualTo(404);
            assertThat(stranger.putJson(organization, Map.of("name", "Taken", "kind", "HOME_HEALTH", "version", 0))
                    .status()).isEqualTo(404);
            assertThat(stranger.postJson(organization + "/deactivation", Map.of("version", 0)).status()).isEqualTo(404);
            assertThat(stranger.postJson(practitioner + "/deactivation", Map.of("version", 0)).status()).isEqualTo(404);
            assertThat(stranger.get("/api/directory/organizations?q=" + ours.tag).json().size()).isZero();
        }
        Map<String, Object> pointsAtTheirs = hart("1234567893");
        pointsAtTheirs.put("organizationId", agency.get("id").asString());
        assertThat(fields(theirs.careManager.postJson("/api/directory/practitioners", pointsAtTheirs)))
                .containsExactly("organizationId");
        assertThat(ours.careManager.get(organization).json().get("name").asString()).startsWith("Riverbend");
        assertThat(ours.careManager.get(organization).json().get("version").asInt()).isZero();
    }

    private static Map<String, Object> hart(String npi) {
        return new HashMap<>(Map.of("prefix", "Dr.", "givenNames", "Lena", "familyName", "Hart",
                "specialty", "Cardiology", "npi", npi, "phone", "413-555-0142"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static List<String> fields(Api.Response refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        return refused.json().path("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
