package org.careloop.death;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient the EHR sends as dead no longer looks alive (issue 9): the chart shows a banner and the age at death
 * instead of "55 years", Start call is disabled with the reason, and the patient cannot be referred. A later import
 * that reports the death of a patient already in care ends the enrollments as when the care team records it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportedDeathTests {

    static final String FHIR_JSON = "application/fhir+json";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void anImportedDeadPatientShowsTheBannerTheAgeAtDeathAndNoStartCall() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Import death practice");
        UUID patient = imported(team, "Vale", "\"deceasedDateTime\": \"2024-03-05T08:00:00+00:00\"");

        String chart = team.signIn(team.careManagerUsername()).get("/patients/" + patient).body();

        assertThat(element(chart, "death-banner", "</p>")).contains("Deceased on 2024-03-05 (EHR import)");
        assertThat(element(chart, "patient-age", "</span>")).contains("died 2024-03-05 at 55");
        assertThat(chart).doesNotContain("55 years");
        assertThat(element(chart, "start-call", "</button>")).startsWith("id=\"start-call\"").contains("disabled");
        assertThat(chart).doesNotContain("href=\"/patients/" + patient + "/call\"");
        assertThat(element(chart, "start-call-reason", "</small>"))
                .contains("No call can be started: the patient died on 2024-03-05.");
        assertThat(chart).as("no one records a death twice").doesNotContain("id=\"record-death\"");

        String call = team.signIn(team.careManagerUsername()).get("/patients/" + patient + "/call").body();
        assertThat(element(call, "death-banner", "</p>")).contains("Deceased on 2024-03-05 (EHR import)");
        assertThat(call).contains("id=\"no-call-deceased\"").doesNotContain("id=\"start-timer\"");

        Api.Response referral = team.careManager.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", team.providerId.toString()));
        assertThat(referral.status()).isEqualTo(409);
        assertThat(referral.json().get("detail").asString())
                .isEqualTo("Cannot refer the patient to CCM: the patient died on 2024-03-05 (EHR import)");
    }

    @Test
    void aDeathWithoutADateIsShownAsSuch() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Undated death practice");
        UUID patient = imported(team, "Wren", "\"deceasedBoolean\": true");

        JsonNode record = team.careManager.get("/api/patients/" + patient).json();
        assertThat(record.get("status").asString()).isEqualTo("DECEASED");
        assertThat(record.get("deceasedOn").isNull()).isTrue();
        String chart = team.signIn(team.careManagerUsername()).get("/patients/" + patient).body();
        assertThat(element(chart, "death-banner", "</p>")).contains("Deceased, date of death unknown (EHR import)");
        assertThat(element(chart, "patient-age", "</span>")).contains("deceased, date unknown");
    }

    @Test
    void aLaterImportReportingTheDeathEndsTheEnrollmentsAndCancelsTheTasks() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Later death practice");
        String sourceId = UUID.randomUUID().toString();
        UUID patient = imported(team, sourceId, "Yates", null);
        TestPatients.enrollInCcm(team.careManager, team.provider, patient, team.providerId,
                LocalDate.now(CareTeam.ZONE).withDayOfMonth(1));
        team.task(patient, "Review the discharge letter", "FOLLOW_UP", "CARE_MANAGER", null, 1);
        LocalDate died = LocalDate.now(CareTeam.ZONE);

        UUID again = imported(team, sourceId, "Yates", "\"deceasedDateTime\": \"" + died + "\"");

        assertThat(again).isEqualTo(patient);
        JsonNode enrollment = team.careManager.get("/api/patients/" + patient + "/enrollments").json().get(0);
        assertThat(enrollment.get("status").asString()).isEqualTo("DISENROLLED");
        assertThat(enrollment.get("endOn").asString()).isEqualTo(died.toString());
        JsonNode history = enrollment.get("history");
        assertThat(history.get(history.size() - 1).get("reason").asString()).isEqualTo("Patient died on " + died);
        assertThat(team.careManager.get("/api/tasks?view=ALL&openOnly=true&patient=" + patient).json().size()).isZero();
        assertThat(team.careManager.get("/api/patients/" + patient).json().get("deceasedSource").asString())
                .isEqualTo("EHR import");
    }

    private UUID imported(CareTeam team, String family, String death) {
        return imported(team, UUID.randomUUID().toString(), family, death);
    }

    /** Imports a one-patient bundle (born 1969-01-02) through the FHIR endpoint; answers the patient's id. */
    private UUID imported(CareTeam team, String sourceId, String family, String death) {
        String bundle = """
                {"resourceType": "Bundle", "type": "transaction", "entry": [{
                  "fullUrl": "urn:uuid:%s",
                  "resource": {"resourceType": "Patient", "id": "%s", "name": [{"use": "official", "family": "%s",
                               "given": ["Iris"]}], "gender": "female", "birthDate": "1969-01-02"%s},
                  "request": {"method": "POST", "url": "Patient"}}]}"""
                .formatted(sourceId, sourceId, family, death == null ? "" : ", " + death);
        Api.Response response = team.careManager.post("/fhir", FHIR_JSON, bundle.getBytes());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (JsonNode entry : response.json().get("entry")) {
            String location = entry.path("response").path("location").asString("");
            if (location.startsWith("Patient/")) {
                return UUID.fromString(location.substring("Patient/".length()).split("/")[0]);
            }
        }
        throw new AssertionError("No patient in " + response);
    }

    /** The element with this id, from its id attribute to {@code end}. */
    static String element(String page, String id, String end) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("element #" + id).isNotNegative();
        int stop = page.indexOf(end, at);
        return page.substring(at, stop < 0 ? page.length() : stop);
    }
}
