package org.careloop.careteam;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.careteam.CareTeamFixtures.addMember;
import static org.careloop.careteam.CareTeamFixtures.cardiologist;
import static org.careloop.careteam.CareTeamFixtures.daughterProxy;
import static org.careloop.careteam.CareTeamFixtures.neighbour;

/**
 * The pages: the call page says whom the care manager may speak with — the authorised daughter and proxy with the
 * day and how much, the neighbour who is not authorised, and a registration contact nobody has confirmed — and the
 * chart's care team tab lists the team and contacts, adds from the directory and refuses a contact naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareTeamPagesTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theCallPageSaysWhomTheCareManagerMaySpeakWithAndWhomNot() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Speaking practice");
        UUID patient = team.patient(Map.of("familyName", "Lopez", "givenNames", "Elena", "birthDate", "1947-05-06",
                "contacts", List.of(Map.of("kind", "CAREGIVER", "name", "Pablo Lopez", "relation", "son",
                        "phone", "413-555-0111", "mayReceiveHealthInformation", true))));
        WebSession session = team.signIn(team.careManagerUsername());
        assertThat(session.get("/patients/" + patient + "/call").body())
                .contains("Whom you may speak with").doesNotContain("May speak with:")
                .contains("On the registration record, authorisation not confirmed:").contains("Pablo Lopez (son)");

        team.careManager.postJson(ContactApiTests.path(patient), daughterProxy());
        team.careManager.postJson(ContactApiTests.path(patient), neighbour());
        String call = session.get("/patients/" + patient + "/call").body();
        assertThat(text(call)).contains("May speak with: Maria Lopez (daughter, caregiver, healthcare proxy) "
                + "— authorised 2026-03-02, all health information")
                .contains("Not authorised (say only that you called): Tom Becker (neighbour, emergency contact)")
                .contains("Pablo Lopez (son)");
    }

    @Test
    void theCareTeamTabAddsFromTheDirectoryAndRefusesAContactNamingTheField() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Tab practice");
        UUID patient = team.enrolledPatient("Sato", "Hana");
        JsonNode hart = cardiologist(team.careManager, null);
        WebSession session = team.signIn(team.careManagerUsername());
        String tab = session.htmx("/patients/" + patient + "?tab=care-team").body();
        assertThat(text(tab)).contains("Billing practitioner from the enrollment").contains("Dr Pat " + team.tag)
                .contains("Casey " + team.tag).contains("No caregivers or contacts recorded in CareLoop.");

        HttpResponse<String> hits = session.htmx("/patients/" + patient + "/care-team/directory?q=cardiology");
        assertThat(hits.statusCode()).isEqualTo(200);
        assertThat(hits.body()).contains("Dr. Lena Hart").contains("value=\"" + hart.get("id").asString() + "\"")
                .doesNotContain("<html");

        HttpResponse<String> added = session.post("/patients/" + patient + "/care-team/members", Map.of(
                "role", "SPECIALIST", "practitionerId", hart.get("id").asString()), WebSession.HTMX);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(text(added.body())).contains("Dr. Lena Hart was added to the care team.").contains("Cardiology");

        HttpResponse<String> refused = session.post("/patients/" + patient + "/care-team/contacts", Map.of(
                "name", "Maria Lopez", "relationship", "daughter", "kinds", "HEALTHCARE_PROXY", "sharing", "yes",
                "sharingScope", "ALL", "phone", "413-555-0123"), WebSession.HTMX);
        assertThat(text(refused.body())).contains("Please fix these fields:")
                .contains("Authorised on: is required when sharing is authorised");
        assertThat(refused.body()).contains("value=\"Maria Lopez\"").as("what was typed stays in the form");
        assertThat(team.careManager.get(ContactApiTests.path(patient)).json().size()).isZero();

        HttpResponse<String> saved = session.post("/patients/" + patient + "/care-team/contacts", Map.of(
                "name", "Maria Lopez", "relationship", "daughter", "kinds", "HEALTHCARE_PROXY", "sharing", "yes",
                "sharingAuthorisedOn", "2026-03-02", "sharingScope", "ALL", "phone", "413-555-0123"), WebSession.HTMX);
        assertThat(text(saved.body())).contains("Maria Lopez was added to the contacts.")
                .contains("Authorised 2026-03-02: all health information").contains("recorded by Casey " + team.tag);
        assertThat(addMember(team.careManager, patient, Map.of("role", "NURSE", "staffId", team.nurseId.toString()))
                .status()).isEqualTo(201);
    }

    /** The page's text with tags taken out and blanks folded, as a person reads it. */
    static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                .replace("&#39;", "'").replaceAll("\\s+", " ");
    }
}
