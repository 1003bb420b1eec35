package org.careloop.careteam;

import java.util.List;
import java.util.Map;
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
import static org.careloop.careteam.CareTeamFixtures.addMember;
import static org.careloop.careteam.CareTeamFixtures.cardiologist;
import static org.careloop.careteam.CareTeamFixtures.cardiologyPractice;
import static org.careloop.careteam.CareTeamFixtures.fields;

/**
 * A care manager builds a patient's care team: the billing practitioner comes from the enrollment and the care
 * manager from the registry; a cardiologist and a pharmacy from the directory, the practice's nurse; how to reach
 * each is the directory's unless typed for this patient. Revisions carry the version read; ending a membership keeps
 * the member as a past one; bad members are refused naming the field, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareTeamApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTeamShowsTheEnrollmentsBillingPractitionerTheAssignedCareManagerAndACardiologistFromTheDirectory() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Care team practice");
        UUID patient = team.enrolledPatient("Lopez", "Rosa");
        JsonNode practice = cardiologyPractice(team.careManager);
        JsonNode hart = cardiologist(team.careManager, practice.get("id").asString());

        Api.Response added = addMember(team.careManager, patient, Map.of("role", "SPECIALIST",
                "practitionerId", hart.get("id").asString(), "notes", "Sees her for atrial fibrillation"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("name").asString()).isEqualTo("Dr. Lena Hart");
        assertThat(added.json().get("organization").asString()).isEqualTo("Valley Heart Associates");
        assertThat(added.json().get("specialty").asString()).isEqualTo("Cardiology");
        assertThat(added.json().get("phone").asString()).isEqualTo("413-555-0142");
        assertThat(added.json().get("fax").asString()).as("the practice's fax, the clinician has none")
                .isEqualTo("413-555-0101");
        assertThat(added.json().get("email").asString()).isEqualTo("office@valleyheart.example.org");
        Api.Response nurse = addMember(team.careManager, patient, Map.of("role", "NURSE",
                "staffId", team.nurseId.toString()));
        assertThat(nurse.status()).as(nurse.toString()).isEqualTo(201);
        JsonNode pharmacy = team.careManager.postJson("/api/directory/organizations", Map.of("name",
                "Main Street Pharmacy", "kind", "PHARMACY", "phone", "413-555-0190")).json();
        assertThat(addMember(team.careManager, patient, Map.of("role", "PHARMACY",
                "organizationId", pharmacy.get("id").asString())).status()).isEqualTo(201);

        JsonNode members = team.careManager.get("/api/patients/" + patient + "/care-team").json().get("current");
        assertThat(members.valueStream().map(m -> m.get("role").asString() + " " + m.get("source").asString() + " "
                + m.get("name").asString()).toList()).containsExactly(
                "BILLING_PRACTITIONER ENROLLMENT Dr Pat " + team.tag + ", MD",
                "CARE_MANAGER REGISTRY Casey " + team.tag + ", RN",
                "NURSE CARE_TEAM Noor " + team.tag + ", RN",
                "SPECIALIST CARE_TEAM Dr. Lena Hart",
                "PHARMACY CARE_TEAM Main Street Pharmacy");
        assertThat(members.get(0).get("notes").asString()).isEqualTo("CCM");
    }

    @Test
    void aPhoneTypedForThePatientOverridesTheDirectorysAndAStaleVersionChangesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Override practice");
        UUID patient = team.patient("Nguyen", "Bao");
        JsonNode hart = cardiologist(team.careManager, null);
        JsonNode member = addMember(team.careManager, patient, Map.of("role", "SPECIALIST",
                "practitionerId", hart.get("id").asString())).json();
        String path = "/api/patients/" + patient + "/care-team/" + member.get("id").asString();

        Api.Response revised = team.careManager.putJson(path, Map.of("role", "SPECIALIST", "phone", "413-555-0199 x12",
                "specialty", "Electrophysiology", "version", member.get("version").asInt()));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("phone").asString()).isEqualTo("413-555-0199 x12");
        assertThat(revised.json().get("phoneOverride").asString()).isEqualTo("413-555-0199 x12");
        assertThat(revised.json().get("specialty").asString()).isEqualTo("Electrophysiology");

        Api.Response stale = team.nurse.putJson(path, Map.of("role", "SPECIALIST", "phone", "413-555-0000",
                "version", member.get("version").asInt()));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(revised.json().get("version").asInt());
        assertThat(phoneOf(member)).isEqualTo("413-555-0199 x12");
        assertThat(fields(team.careManager.putJson(path, Map.of("role", "SPECIALIST")))).containsExactly("version");
    }

    @Test
    void endingAMembershipKeepsTheMemberAsAPastOneAndTheCurrentTeamNoLongerNamesThem() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Ending practice");
        UUID patient = team.patient("Okeke", "Ifeoma");
        JsonNode agency = team.careManager.postJson("/api/directory/organizations", Map.of("name",
                "Riverbend Home Health", "kind", "HOME_HEALTH", "phone", "413-555-0160")).json();
        JsonNode member = addMember(team.careManager, patient, Map.of("role", "HOME_HEALTH",
                "organizationId", agency.get("id").asString(), "activeSince", "2026-01-05")).json();

        Api.Response ended = team.careManager.postJson("/api/patients/" + patient + "/care-team/"
                + member.get("id").asString() + "/end", Map.of("version", member.get("version").asInt()));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("activeUntil").isNull()).isFalse();
        Api.Response again = team.careManager.postJson("/api/patients/" + patient + "/care-team/"
                + member.get("id").asString() + "/end", Map.of("version", ended.json().get("version").asInt()));
        assertThat(again.status()).as("an ended membership cannot end twice").isEqualTo(409);
        assertThat(again.text()).contains("already ended");

        JsonNode listing = team.careManager.get("/api/patients/" + patient + "/care-team").json();
        assertThat(listing.get("current").size()).as("only the assigned care manager").isEqualTo(1);
        JsonNode last = listing.get("past").get(0);
        assertThat(last.get("name").asString()).isEqualTo("Riverbend Home Health");
        assertThat(last.get("activeUntil").asString()).isEqualTo(ended.json().get("activeUntil").asString());
        assertThat(addMember(team.careManager, patient, Map.of("role", "HOME_HEALTH",
                "organizationId", agency.get("id").asString())).status())
                .as("the agency may come back later").isEqualTo(201);
    }

    @Test
    void badMembersAreRefusedNamingTheFieldAndNothingIsStored() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Bad member practice");
        CareTeam other = CareTeam.hire(port, practices, staff, "Other directory practice");
        UUID patient = team.patient("Park", "Min");
        JsonNode hart = cardiologist(team.careManager, null);
        JsonNode theirs = cardiologist(other.careManager, null);
        String hartId = hart.get("id").asString();

        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "BILLING_PRACTITIONER",
                "staffId", team.providerId.toString())))).containsExactly("role");
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "SURGEON",
                "practitionerId", hartId)))).containsExactly("role");
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "SPECIALIST",
                "staffId", team.nurseId.toString())))).containsExactly("practitionerId");
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "CARE_MANAGER",
                "staffId", team.nurseId.toString())))).containsExactly("staffId");
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "OTHER",
                "staffId", team.nurseId.toString(), "practitionerId", hartId)))).containsExactly("member");
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "SPECIALIST",
                "practitionerId", hartId, "phone", "call the front desk")))).containsExactly("phone");
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "SPECIALIST",
                "practitionerId", theirs.get("id").asString())))).as("another practice's hand-entered cardiologist")
                .containsExactly("practitionerId");
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "SPECIALIST", "practitionerId", hartId,
                "activeSince", "2026-03-01", "activeUntil", "2026-02-01")))).containsExactly("activeUntil");
        assertThat(jdbc.sql("select count(*) from care_team_member where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();

        assertThat(addMember(team.careManager, patient, Map.of("role", "SPECIALIST", "practitionerId", hartId))
                .status()).isEqualTo(201);
        assertThat(fields(addMember(team.careManager, patient, Map.of("role", "SPECIALIST", "practitionerId", hartId))))
                .as("the same cardiologist twice").containsExactly("member");
    }

    @Test
    void theEhrsCareTeamIsListedBesideTheTeamWithTheDirectorysWayToReachItsMembers() {
        CareTeam team = CareTeam.hire(port, practices, staff, "EHR team practice");
        UUID patient = team.patient("Brandt", "Ilse");
        UUID shaw = org.careloop.directory.Directory.idFor("Practitioner", "ehr-shaw-" + team.tag);
        jdbc.sql("insert into practitioner (id, source_key, family_name, given_names, prefix, phone) "
                + "values (?, ?, 'Shaw', 'Ada', 'Dr.', '617-555-0100')").params(shaw, "ehr-shaw-" + team.tag).update();
        jdbc.sql("""
                insert into ehr_care_team (id, patient_id, source_key, status, name, period_start, participants)
                values (?, ?, 'team-1', 'active', 'Diabetes care team', timestamptz '2025-06-01 12:00+00', cast(? as jsonb))""")
                .params(UUID.randomUUID(), patient, "[{\"role\": \"Primary care physician\", \"name\": \"Dr. Ada Shaw\", "
                        + "\"type\": \"Practitioner\", \"directoryId\": \"" + shaw + "\"}, "
                        + "{\"role\": \"Patient\", \"name\": \"Ilse Brandt\", \"type\": \"Patient\"}]").update();

        JsonNode listing = team.careManager.get("/api/patients/" + patient + "/care-team").json();
        assertThat(listing.get("fromEhr").size()).as("the patient herself is not a member").isEqualTo(1);
        JsonNode shawCard = listing.get("fromEhr").get(0);
        assertThat(shawCard.get("source").asString()).isEqualTo("EHR");
        assertThat(shawCard.get("name").asString()).isEqualTo("Dr. Ada Shaw");
        assertThat(shawCard.get("specialty").asString()).isEqualTo("Primary care physician");
        assertThat(shawCard.get("phone").asString()).isEqualTo("617-555-0100");
        assertThat(shawCard.get("notes").asString()).isEqualTo("Diabetes care team");
        assertThat(shawCard.get("activeSince").asString()).isEqualTo("2025-06-01");
        assertThat(names(listing.get("current"))).doesNotContain("Dr. Ada Shaw");
    }

    private String phoneOf(JsonNode member) {
        return jdbc.sql("select phone from care_team_member where id = ?")
                .param(UUID.fromString(member.get("id").asString())).query(String.class).single();
    }

    static List<String> names(JsonNode list) {
        return list.valueStream().map(m -> m.get("name").asString()).toList();
    }
}
