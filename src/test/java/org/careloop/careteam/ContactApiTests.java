package org.careloop.careteam;

import java.util.List;
import java.util.UUID;

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
import static org.careloop.careteam.CareTeamFixtures.daughterProxy;
import static org.careloop.careteam.CareTeamFixtures.fields;
import static org.careloop.careteam.CareTeamFixtures.neighbour;
import static org.careloop.careteam.CareTeamFixtures.with;

/**
 * The people around a patient: a daughter who is caregiver and healthcare proxy, authorised to hear everything from
 * the day the patient said so; a neighbour to call in an emergency, told nothing. One proxy at a time; what the
 * authorisation means is checked; revisions carry the version read; a removed contact leaves the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDaughterWhoIsTheHealthcareProxyIsRecordedWithTheAuthorisationAndWhoRecordedIt() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Contact practice");
        UUID patient = team.patient("Lopez", "Ana");

        Api.Response added = team.careManager.postJson(path(patient), daughterProxy());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode maria = added.json();
        assertThat(maria.get("kinds").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("CAREGIVER", "HEALTHCARE_PROXY");
        assertThat(maria.get("sharing").get("authorised").asBoolean()).isTrue();
        assertThat(maria.get("sharing").get("authorisedOn").asString()).isEqualTo("2026-03-02");
        assertThat(maria.get("sharing").get("scope").asString()).isEqualTo("ALL");
        assertThat(maria.get("sharing").get("recordedBy").asString()).isEqualTo(team.careManagerId.toString());
        assertThat(maria.get("sharing").get("recordedByName").asString()).isEqualTo("Casey " + team.tag);
        assertThat(maria.get("preferredLanguage").asString()).isEqualTo("Spanish");
        assertThat(team.careManager.postJson(path(patient), neighbour()).status()).isEqualTo(201);

        JsonNode listed = team.nurse.get(path(patient)).json();
        assertThat(CareTeamApiTests.names(listed)).containsExactly("Maria Lopez", "Tom Becker");
        assertThat(listed.get(1).get("sharing").get("scope").asString()).isEqualTo("NONE");
    }

    @Test
    void aSecondHealthcareProxyIsRefusedNamingKindsUntilTheFirstIsNoLongerTheProxy() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Proxy practice");
        UUID patient = team.patient("Haddad", "Samir");
        JsonNode maria = team.careManager.postJson(path(patient), daughterProxy()).json();

        Api.Response second = team.careManager.postJson(path(patient), with(with(neighbour(), "name", "Omar Haddad"),
                "kinds", List.of("HEALTHCARE_PROXY")));
        assertThat(fields(second)).containsExactly("kinds");
        assertThat(second.text()).contains("already has a healthcare proxy (Maria Lopez)");

        Api.Response stepsDown = team.careManager.putJson(path(patient) + "/" + maria.get("id").asString(),
                with(with(daughterProxy(), "kinds", List.of("CAREGIVER")), "version", maria.get("version").asInt()));
        assertThat(stepsDown.status()).as(stepsDown.toString()).isEqualTo(200);
        assertThat(team.careManager.postJson(path(patient), with(with(neighbour(), "name", "Omar Haddad"),
                "kinds", List.of("HEALTHCARE_PROXY"))).status()).isEqualTo(201);
        assertThat(proxies(patient)).isEqualTo(1);
    }

    @Test
    void anAuthorisationMustSayFromWhenAndHowMuchAndNoAuthorisationSharesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Authorisation practice");
        UUID patient = team.patient("Ivanova", "Olga");
        assertThat(fields(team.careManager.postJson(path(patient), with(daughterProxy(), "sharingAuthorisedOn", null))))
                .containsExactly("sharingAuthorisedOn");
        assertThat(fields(team.careManager.postJson(path(patient), with(daughterProxy(), "sharingScope", "NONE"))))
                .containsExactly("sharingScope");
        assertThat(fields(team.careManager.postJson(path(patient), with(neighbour(), "sharingScope", "ALL"))))
                .containsExactly("sharingScope");
        assertThat(fields(team.careManager.postJson(path(patient), with(daughterProxy(), "sharingAuthorisedOn",
                "2999-01-01")))).containsExactly("sharingAuthorisedOn");
        assertThat(fields(team.careManager.postJson(path(patient), with(daughterProxy(), "kinds", List.of()))))
                .containsExactly("kinds");
        assertThat(fields(team.careManager.postJson(path(patient), with(daughterProxy(), "kinds", List.of("FRIEND")))))
                .containsExactly("kinds");
        assertThat(fields(team.careManager.postJson(path(patient), with(with(daughterProxy(), "name", " "),
                "phones", List.of("555-0123", "not a number"))))).containsExactly("name", "phones[1]");
        assertThat(jdbc.sql("select count(*) from care_contact where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStaleRevisionChangesNothingAndAChangedAuthorisationIsRecordedAsTheReviser() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Stale contact practice");
        UUID patient = team.patient("Moreno", "Luis");
        JsonNode tom = team.careManager.postJson(path(patient), neighbour()).json();
        String one = path(patient) + "/" + tom.get("id").asString();

        Api.Response authorised = team.nurse.putJson(one, with(with(with(with(neighbour(), "sharingAuthorised", true),
                "sharingAuthorisedOn", "2026-02-10"), "sharingScope", "APPOINTMENTS_ONLY"),
                "version", tom.get("version").asInt()));
        assertThat(authorised.status()).as(authorised.toString()).isEqualTo(200);
        assertThat(authorised.json().get("sharing").get("recordedBy").asString()).isEqualTo(team.nurseId.toString());

        Api.Response stale = team.careManager.putJson(one, with(with(neighbour(), "relationship", "friend"),
                "version", tom.get("version").asInt()));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(team.careManager.get(path(patient)).json().get(0).get("relationship").asString())
                .isEqualTo("neighbour");

        assertThat(team.careManager.delete(one).status()).as("removing needs the version").isEqualTo(400);
        assertThat(team.careManager.delete(one + "?version=" + tom.get("version").asInt()).status()).isEqualTo(409);
        assertThat(team.careManager.delete(one + "?version=" + authorised.json().get("version").asInt()).status())
                .isEqualTo(204);
        assertThat(team.careManager.get(path(patient)).json().size()).isZero();
        assertThat(team.careManager.putJson(one, with(neighbour(), "version", 9)).status())
                .as("a removed contact is gone").isEqualTo(404);
    }

    private long proxies(UUID patient) {
        return jdbc.sql("""
                select count(*) from care_contact
                 where patient_id = ? and removed_at is null and 'HEALTHCARE_PROXY' = any(kinds)""")
                .param(patient).query(Long.class).single();
    }

    static String path(UUID patient) {
        return "/api/patients/" + patient + "/contacts";
    }
}
