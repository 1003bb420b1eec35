package org.careloop.patientlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient list over the API: one search box read every way a care manager types, the enrollment and registry
 * filters, paging, care manager assignment all or nothing, and the MBI validated, masked in lists and whole on the
 * patient's own record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatientListApiTests {

    static final String MBI = "1EG4-TE5-MK73";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;

    @BeforeEach
    void hireTeam() {
        team = CareTeam.hire(port, practices, staff, "List practice");
    }

    @Test
    void theOneSearchBoxFindsAPatientByNameMrnBirthDatePhoneAndMedicareId() {
        UUID wanted = register("Quintero", "Adela", "1948-02-03", Map.of("phone", "(617) 555-0142", "medicareId", MBI));
        register("Quist", "Bram", "1951-07-09", Map.of("phone", "617-555-9999"));
        String mrn = team.careManager.get("/api/patients/" + wanted).json().get("mrn").asString();

        for (String typed : List.of("quinter", "ADELA", "Adela Quin", "Quintero, Ad", mrn, "1948-02-03", "02/03/1948",
                "2/3/1948", "6175550142", "555-0142", MBI, "1eg4te5mk73")) {
            assertThat(ids(list("q=" + encode(typed)))).as("searching for " + typed).containsExactly(wanted);
        }
        assertThat(ids(list("q=Qui"))).as("a fragment shared by both").hasSize(2);
        assertThat(ids(list("q=1EG4"))).as("an MBI is found whole, never by a fragment").isEmpty();
    }

    @Test
    void theOlderNameBirthDateAndMrnParametersStillNarrowTheSearch() {
        UUID wanted = register("Lindqvist", "Eva", "1944-01-01", Map.of());
        register("Lindqvist", "Olle", "1946-05-05", Map.of());

        assertThat(ids(list("name=lindq"))).hasSize(2);
        assertThat(ids(list("name=lindq&birthDate=1944-01-01"))).containsExactly(wanted);
    }

    @Test
    void eachFilterNarrowsTheListToItsPatients() {
        UUID enrolled = team.enrolledPatient("Ashby", "Enrolled");
        chronic(enrolled, "44054006", "59621000");
        UUID referred = team.patient("Brandt", "Referred");
        refer(referred);
        UUID eligible = team.patient("Castell", "Eligible");
        chronic(eligible, "44054006", "84114007");
        UUID onlyPcm = team.patient("Castell", "Pcm");
        chronic(onlyPcm, "59621000");
        UUID unassigned = TestPatients.register(team.careManager, Map.of("familyName", "Dunmore", "givenNames", "Nobody"));
        UUID deceased = register("Ellery", "Late", "1940-03-03", Map.of("deceasedOn", "2025-11-30"));
        chronic(deceased, "44054006", "84114007");

        assertThat(ids(list(""))).containsExactlyInAnyOrder(enrolled, referred, eligible, onlyPcm, unassigned, deceased);
        assertThat(ids(list("program=CCM"))).containsExactlyInAnyOrder(enrolled, referred);
        assertThat(ids(list("program=PCM"))).isEmpty();
        assertThat(ids(list("filter=consent-pending"))).containsExactly(referred);
        assertThat(ids(list("filter=no-care-manager"))).containsExactly(unassigned);
        assertThat(ids(list("filter=deceased"))).containsExactly(deceased);
        assertThat(ids(list("filter=eligible-not-enrolled")))
                .as("alive, adult, chronic conditions on the problem list, in no program")
                .containsExactly(eligible, onlyPcm);
        assertThat(ids(list("filter=eligible-not-enrolled&filter=no-care-manager"))).isEmpty();
        assertThat(ids(list("filter=eligible-not-enrolled&q=castell"))).containsExactly(eligible, onlyPcm);

        JsonNode rows = list("filter=eligible-not-enrolled").get("patients");
        assertThat(rows.get(0).get("eligibleFor").toString()).isEqualTo("[\"CCM\",\"PCM\"]");
        assertThat(rows.get(0).get("eligibilityReasons").get(0).asString())
                .isEqualTo("2 chronic categories: diabetes, heart failure");
        assertThat(rows.get(1).get("eligibleFor").toString()).isEqualTo("[\"PCM\"]");
        assertThat(rows.get(1).get("eligibilityReasons").toString()).contains("CCM needs active chronic conditions in two or more categories");

        JsonNode all = list("");
        JsonNode enrolledRow = row(all, enrolled);
        assertThat(enrolledRow.get("programs").get(0).get("program").asString()).isEqualTo("CCM");
        assertThat(enrolledRow.get("programs").get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(enrolledRow.get("eligibleFor").size()).as("already enrolled: not on the outreach list").isZero();
        assertThat(enrolledRow.get("careManagerName").asString()).isEqualTo("Casey " + team.tag);
        assertThat(row(all, deceased).get("deceased").asBoolean()).isTrue();
        assertThat(row(all, deceased).get("eligibleFor").size()).isZero();
        assertThat(row(all, referred).get("programs").get(0).get("consented").asBoolean()).isFalse();
    }

    @Test
    void anUnknownProgramOrFilterIsRefusedNamingTheParameter() {
        Api.Response refused = team.careManager.get("/api/patients?program=XYZ&filter=vip");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("program", "filter");
    }

    @Test
    void theListPagesInNameOrderAndCountsEveryone() {
        for (String family : List.of("Eade", "Bacon", "Dorsey", "Abbot", "Carver")) {
            team.patient(family, "Pat");
        }
        JsonNode first = list("size=2&page=0");
        JsonNode second = list("size=2&page=1");
        JsonNode third = list("size=2&page=2");

        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(names(first)).containsExactly("Abbot", "Bacon");
        assertThat(names(second)).containsExactly("Carver", "Dorsey");
        assertThat(names(third)).containsExactly("Eade");
        assertThat(third.get("page").asInt()).isEqualTo(2);
    }

    @Test
    void theListIsRecordedPatientByPatientAndRefusedToABiller() {
        UUID shown = team.patient("Fairweather", "Shown");
        list("q=fairweather");
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ? and action = 'SEARCH' and channel = 'API'")
                .param(shown).query(Integer.class).single()).isEqualTo(1);

        assertThat(team.biller().get("/api/patients").status()).isEqualTo(403);
        assertThat(team.biller().postJson("/api/patients/care-manager",
                Map.of("patientIds", List.of(shown), "careManagerId", team.careManagerId)).status()).isEqualTo(403);
    }

    @Test
    void aCareManagerIsAssignedToOneOrManyPatients() {
        UUID secondCareManager = staff.hire("cm2." + team.tag, "Robin " + team.tag, team.password(), null, "RN",
                List.of(org.careloop.identity.Role.CARE_MANAGER), java.util.Set.of(team.practice)).id();
        UUID one = team.patient("Garland", "One");
        UUID two = team.patient("Garland", "Two");
        UUID three = team.patient("Garland", "Three");

        Api.Response single = assign(team.nurse, List.of(one), secondCareManager);
        assertThat(single.status()).as(single.toString()).isEqualTo(200);
        assertThat(careManagerOf(one)).isEqualTo(secondCareManager);
        assertThat(careManagerOf(two)).isEqualTo(team.careManagerId);

        Api.Response many = assign(team.careManager, List.of(two, three, two), secondCareManager);
        assertThat(many.status()).as(many.toString()).isEqualTo(200);
        assertThat(many.json().get("patientIds").size()).isEqualTo(2);
        assertThat(careManagerOf(two)).isEqualTo(secondCareManager);
        assertThat(careManagerOf(three)).isEqualTo(secondCareManager);
        assertThat(team.careManager.get("/api/patients/" + three).json().get("version").asInt())
                .as("an assignment is a revision").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = any(?) and action = 'UPDATE' and outcome = 'SUCCESS'")
                .param(new UUID[] {one, two, three}).query(Integer.class).single()).isEqualTo(3);
        assertThat(ids(list("filter=no-care-manager"))).isEmpty();
    }

    @Test
    void aPatientOfAnotherPracticeMakesTheWholeAssignmentMissingAndChangesNothing() {
        CareTeam elsewhere = CareTeam.hire(port, practices, staff, "Other list practice");
        UUID ours = team.patient("Hollis", "Ours");
        UUID theirs = elsewhere.patient("Hollis", "Theirs");
        UUID secondCareManager = staff.hire("cm2." + team.tag, "Robin " + team.tag, team.password(), null, "RN",
                List.of(org.careloop.identity.Role.CARE_MANAGER), java.util.Set.of(team.practice)).id();

        Api.Response refused = assign(team.careManager, List.of(ours, theirs), secondCareManager);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(careManagerOf(ours)).isEqualTo(team.careManagerId);
        assertThat(careManagerOf(theirs)).isEqualTo(elsewhere.careManagerId);

        Api.Response otherCareManager = assign(team.careManager, List.of(ours), elsewhere.careManagerId);
        assertThat(otherCareManager.status()).isEqualTo(400);
        assertThat(otherCareManager.json().get("errors").findValuesAsString("field")).containsExactly("careManagerId");
        assertThat(careManagerOf(ours)).isEqualTo(team.careManagerId);

        Api.Response nobody = assign(team.careManager, List.of(), team.careManagerId);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.contentType()).contains("application/problem+json");
        assertThat(nobody.json().get("errors").findValuesAsString("field")).containsExactly("patientIds");
        Map<String, Object> missingCareManager = new HashMap<>();
        missingCareManager.put("patientIds", List.of(ours));
        assertThat(team.careManager.postJson("/api/patients/care-manager", missingCareManager).json().get("errors")
                .findValuesAsString("field")).containsExactly("careManagerId");
    }

    @Test
    void theMedicareIdIsValidatedStoredPlainAndShownWholeOnlyOnThePatientsOwnRecord() {
        for (String bad : List.of("1SG4-TE5-MK73", "0EG4TE5MK73", "1EG4TE5MK7", "1EG4TE5MK733", "1E G4TE5MKA3")) {
            Map<String, Object> body = new HashMap<>(Map.of("familyName", "Invalid" + team.tag, "givenNames", "Mbi",
                    "birthDate", "1950-01-01", "sex", "male", "medicareId", bad));
            Api.Response refused = team.careManager.postJson("/api/patients", body);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsString("field")).as(bad).containsExactly("medicareId");
        }
        assertThat(jdbc.sql("select count(*) from patient where family_name = ?").param("Invalid" + team.tag)
                .query(Integer.class).single()).as("nothing stored").isZero();

        UUID patient = register("Ibarra", "Mbi", "1950-01-01", Map.of("medicareId", "1eg4-te5-mk73"));
        JsonNode own = team.careManager.get("/api/patients/" + patient).json();
        assertThat(own.get("medicareId").asString()).isEqualTo("1EG4TE5MK73");

        JsonNode listed = row(list("q=ibarra"), patient);
        assertThat(listed.get("medicareId").asString()).isEqualTo("•••••••MK73");
        assertThat(list("q=ibarra").toString()).doesNotContain("1EG4TE5MK73");

        Map<String, Object> revision = new HashMap<>(Map.of("familyName", "Ibarra", "givenNames", "Mbi",
                "birthDate", "1950-01-01", "sex", "male", "medicareId", "1EG4-TE5-MK7O", "version", 0));
        Api.Response refused = team.careManager.putJson("/api/patients/" + patient, revision);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("medicareId");
        assertThat(team.careManager.get("/api/patients/" + patient).json().get("medicareId").asString())
                .isEqualTo("1EG4TE5MK73");

        Map<String, Object> hidden = new HashMap<>(Map.of("familyName", "Ibarra", "givenNames", "Other",
                "birthDate", "1950-01-01", "sex", "male",
                "identifiers", List.of(Map.of("system", "http://hl7.org/fhir/sid/us-mbi", "value", "1EG4TE5MK73"))));
        Api.Response asIdentifier = team.careManager.postJson("/api/patients", hidden);
        assertThat(asIdentifier.status()).as("an MBI among the identifiers would be listed unmasked").isEqualTo(400);
        assertThat(asIdentifier.json().get("errors").findValuesAsString("field")).containsExactly("identifiers[0].system");
    }

    private UUID register(String family, String given, String birthDate, Map<String, String> more) {
        Map<String, Object> fields = new HashMap<>(more);
        fields.put("familyName", family);
        fields.put("givenNames", given);
        fields.put("birthDate", birthDate);
        fields.put("assignedCareManagerId", team.careManagerId.toString());
        return TestPatients.register(team.careManager, fields);
    }

    private void refer(UUID patient) {
        Api.Response referred = team.careManager.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", team.providerId.toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
    }

    private void chronic(UUID patient, String... snomedCodes) {
        for (String code : snomedCodes) {
            jdbc.sql("""
                    insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status)
                    values (?, ?, ?, 'http://snomed.info/sct', ?, 'chronic', 'active')""")
                    .params(UUID.randomUUID(), patient, code, code).update();
        }
    }

    private Api.Response assign(Api caller, List<UUID> patients, UUID careManager) {
        return caller.postJson("/api/patients/care-manager", Map.of("patientIds", patients, "careManagerId", careManager));
    }

    private UUID careManagerOf(UUID patient) {
        return jdbc.sql("select assigned_care_manager_id from patient where id = ?").param(patient).query(UUID.class).single();
    }

    private JsonNode list(String query) {
        Api.Response found = team.careManager.get("/api/patients?" + (query.contains("size=") ? "" : "size=100&") + query);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("patients").forEach(p -> ids.add(UUID.fromString(p.get("id").asString())));
        return ids;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("patients").forEach(p -> names.add(p.get("familyName").asString()));
        return names;
    }

    private static JsonNode row(JsonNode page, UUID patient) {
        for (JsonNode p : page.get("patients")) {
            if (p.get("id").asString().equals(patient.toString())) {
                return p;
            }
        }
        throw new AssertionError("patient " + patient + " not listed in " + page);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
