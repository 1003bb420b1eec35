package org.careloop.fhir.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * A FHIR bundle posted to {@code /fhir} with an inpatient Encounter that ended with a discharge home opens a
 * transition once the import is stored; an older stay, a stay without a disposition and an office visit stay in the
 * chart's encounters only, and importing the same bundle again opens nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirEncounterDischargeTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportedInpatientEncounterDischargedHomeOpensATransitionAndOlderOrUndisposedStaysAreHistory() {
        CareTeam team = CareTeam.hire(port, practices, staff, "FHIR practice");
        LocalDate today = LocalDate.now(CareTeam.ZONE);
        byte[] bundle = bundle("Fhirdis" + team.tag, today.minusDays(2), today.minusDays(41));

        Api.Response imported = team.careManager.post("/fhir", BundleImportEndpointTests.FHIR_JSON, bundle);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        UUID patient = BundleImportEndpointTests.patientId(imported.json());
        assertThat(jdbc.sql("select count(*) from encounter where patient_id = ?").param(patient).query(Long.class)
                .single()).as("every encounter is in the chart as before").isEqualTo(4);

        JsonNode transition = onlyTransition(team.careManager, patient);
        assertThat(transition.get("kind").asString()).isEqualTo("DISCHARGE");
        assertThat(transition.get("facility").asString()).isEqualTo("Mercy General Hospital");
        assertThat(transition.get("visitNumber").asString()).isEqualTo("ADM-1001");
        assertThat(transition.get("dischargedOn").asString()).isEqualTo(today.minusDays(2).toString());
        assertThat(transition.get("admittedOn").asString()).isEqualTo(today.minusDays(6).toString());
        assertThat(transition.get("dischargeDisposition").get("code").asString()).isEqualTo("home");
        assertThat(transition.get("diagnoses").get(0).get("code").asString()).isEqualTo("I50.9");
        assertThat(team.careManager.get("/api/tasks?view=MINE&patient=" + patient).json().get(0).get("title").asString())
                .endsWith("from Mercy General Hospital");

        assertThat(team.careManager.post("/fhir", BundleImportEndpointTests.FHIR_JSON, bundle).status()).isEqualTo(200);
        JsonNode again = onlyTransition(team.careManager, patient);
        assertThat(again.get("id").asString()).as("the same stay, not a second transition")
                .isEqualTo(transition.get("id").asString());
    }

    /** The patient's one transition, as the care manager reads it. */
    private static JsonNode onlyTransition(Api careManager, UUID patient) {
        JsonNode transitions = careManager.get("/api/patients/" + patient + "/transitions").json();
        assertThat(transitions.size()).as(transitions.toString()).isEqualTo(1);
        return transitions.get(0);
    }

    /** A patient with a recent stay discharged home, an old one, one without a disposition and an office visit. */
    private static byte[] bundle(String family, LocalDate recent, LocalDate old) {
        String patient = UUID.randomUUID().toString();
        String hospital = UUID.randomUUID().toString();
        String condition = UUID.randomUUID().toString();
        return ("""
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"fullUrl": "urn:uuid:%1$s", "resource": {"resourceType": "Patient", "id": "%1$s",
                    "identifier": [{"system": "urn:example:mrn", "value": "%2$s"}],
                    "name": [{"family": "%2$s", "given": ["Greta"]}], "gender": "female", "birthDate": "1947-05-06"},
                   "request": {"method": "POST", "url": "Patient"}},
                  {"fullUrl": "urn:uuid:%3$s", "resource": {"resourceType": "Organization", "id": "%3$s",
                    "name": "Mercy General Hospital"}, "request": {"method": "POST", "url": "Organization"}},
                  {"fullUrl": "urn:uuid:%4$s", "resource": {"resourceType": "Condition", "id": "%4$s",
                    "subject": {"reference": "urn:uuid:%1$s"},
                    "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.9", "display": "Heart failure, unspecified"}]}},
                   "request": {"method": "POST", "url": "Condition"}},
                  %5$s, %6$s, %7$s, %8$s
                ]}""").formatted(patient, family, hospital, condition,
                encounter(patient, hospital, condition, "ADM-1001", "IMP", recent, "home"),
                encounter(patient, hospital, condition, "ADM-0907", "IMP", old, "home"),
                encounter(patient, hospital, condition, "ADM-1002", "IMP", recent.minusDays(1), null),
                encounter(patient, hospital, condition, "AMB-1003", "AMB", recent, "home")).getBytes();
    }

    private static String encounter(String patient, String hospital, String condition, String visit, String classCode,
                                    LocalDate discharged, String disposition) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime end = discharged.atTime(11, 0).atZone(CareTeam.ZONE).toOffsetDateTime();
        return """
                {"fullUrl": "urn:uuid:%1$s", "resource": {"resourceType": "Encounter", "id": "%1$s", "status": "finished",
                  "identifier": [{"system": "urn:example:visit", "value": "%2$s"}],
                  "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "%3$s"},
                  "subject": {"reference": "urn:uuid:%4$s"},
                  "period": {"start": "%5$s", "end": "%6$s"},
                  "serviceProvider": {"reference": "urn:uuid:%7$s"},
                  "diagnosis": [{"condition": {"reference": "urn:uuid:%8$s"}, "rank": 1}]%9$s},
                 "request": {"method": "POST", "url": "Encounter"}}""".formatted(id, visit, classCode, patient,
                end.minusDays(4), end, hospital, condition, disposition == null ? "" : """
                , "hospitalization": {"dischargeDisposition": {"coding": [{"system":
                  "http://terminology.hl7.org/CodeSystem/discharge-disposition", "code": "%s", "display": "Home"}]}}"""
                        .formatted(disposition));
    }
}
