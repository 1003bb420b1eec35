package org.careloop.careteam;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.careteam.CareTeamFixtures.addMember;
import static org.careloop.careteam.CareTeamFixtures.cardiologist;
import static org.careloop.careteam.CareTeamFixtures.daughterProxy;
import static org.careloop.careteam.CareTeamFixtures.neighbour;
import static org.careloop.careteam.CareTeamFixtures.with;

/**
 * Members and contacts are reached by their own ids under a patient: another practice's user gets 404 from every
 * care team and contact endpoint, API and page, and a member or contact named under another patient of the same
 * practice is not found either. Nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareTeamScopeTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherPracticeGetsNotFoundFromEveryCareTeamAndContactEndpointAndNothingChanges() {
        CareTeam ours = CareTeam.hire(port, practices, staff, "Scoped care team practice");
        CareTeam theirs = CareTeam.hire(port, practices, staff, "Prying practice");
        UUID patient = ours.patient("Lopez", "Carmen");
        JsonNode hart = cardiologist(ours.careManager, null);
        JsonNode member = addMember(ours.careManager, patient, Map.of("role", "SPECIALIST",
                "practitionerId", hart.get("id").asString())).json();
        JsonNode maria = ours.careManager.postJson(ContactApiTests.path(patient), daughterProxy()).json();
        String team = "/api/patients/" + patient + "/care-team";
        String memberPath = team + "/" + member.get("id").asString();
        String contacts = ContactApiTests.path(patient);
        String contactPath = contacts + "/" + maria.get("id").asString();

        for (Api stranger : new Api[] {theirs.careManager, theirs.admin()}) {
            assertThat(stranger.get(team).status()).isEqualTo(404);
            assertThat(addMember(stranger, patient, Map.of("role", "NURSE", "staffId", theirs.nurseId.toString()))
                    .status()).isEqualTo(404);
            assertThat(stranger.putJson(memberPath, Map.of("role", "OTHER", "version", 0)).status()).isEqualTo(404);
            assertThat(stranger.postJson(memberPath + "/end", Map.of("version", 0)).status()).isEqualTo(404);
            assertThat(stranger.get(contacts).status()).isEqualTo(404);
            assertThat(stranger.postJson(contacts, neighbour()).status()).isEqualTo(404);
            assertThat(stranger.putJson(contactPath, with(neighbour(), "version", 0)).status()).isEqualTo(404);
            assertThat(stranger.delete(contactPath + "?version=0").status()).isEqualTo(404);
        }

        WebSession strangerWeb = theirs.signIn(theirs.careManagerUsername());
        strangerWeb.get("/worklist");
        String page = "/patients/" + patient + "/care-team";
        for (String path : new String[] {page + "/members", page + "/members/" + member.get("id").asString() + "/end",
                page + "/contacts", page + "/contacts/" + maria.get("id").asString(),
                page + "/contacts/" + maria.get("id").asString() + "/remove"}) {
            HttpResponse<String> refused = strangerWeb.post(path, Map.of("role", "OTHER", "name", "Eve",
                    "relationship", "friend", "kinds", "CAREGIVER", "version", "0"), WebSession.HTMX);
            assertThat(refused.statusCode()).as("POST %s", path).isEqualTo(404);
        }
        assertThat(strangerWeb.get(page + "/directory?q=hart").statusCode()).isEqualTo(404);

        UUID otherPatient = ours.patient("Lopez", "Jorge");
        String elsewhere = "/api/patients/" + otherPatient;
        assertThat(ours.careManager.putJson(elsewhere + "/care-team/" + member.get("id").asString(),
                Map.of("role", "OTHER", "version", 0)).status()).as("a member of another patient").isEqualTo(404);
        assertThat(ours.careManager.putJson(elsewhere + "/contacts/" + maria.get("id").asString(),
                with(neighbour(), "version", 0)).status()).as("a contact of another patient").isEqualTo(404);

        assertThat(jdbc.sql("select version from care_team_member where patient_id = ?").param(patient)
                .query(Integer.class).list()).containsExactly(0);
        assertThat(jdbc.sql("select name || ' ' || version || ' ' || (removed_at is null) from care_contact where patient_id = ?")
                .param(patient).query(String.class).list()).containsExactly("Maria Lopez 0 true");
        assertThat(jdbc.sql("select count(*) from care_team_member m join care_contact c using (patient_id) where m.patient_id = ?")
                .param(otherPatient).query(Long.class).single()).isZero();
    }
}
