package org.careloop.caregap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EHRs code one entry several ways (the hospital's own code first, the standard code second). A stored patient
 * meets or is excluded from a measure by any coding the EHR sent, as the what-if evaluation of the same bundle says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareGapCodingsTests {

    static final ZoneId PRACTICE_ZONE = ZoneId.of("America/New_York");
    static final String LOCAL = "urn:oid:2.16.840.1.113883.3.9999.1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
    }

    @Test
    void aStoredPatientMeetsMeasuresByTheStandardCodingTheEhrSentSecond() {
        String patient = "p-" + UUID.randomUUID();
        ZonedDateTime anHourAgo = ZonedDateTime.now(PRACTICE_ZONE).minusHours(1);
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(patient(patient, "Codwell", "Ada", "1962-03-04", "female"));
        entries.add(diabetes(patient, coding("http://snomed.info/sct", "44054006", "Diabetes mellitus type 2")));
        entries.add(resource(patient, "Observation", Map.of("status", "final",
                "code", codes(coding(LOCAL, "LAB-A1C", "Glycohemoglobin"), coding("http://loinc.org", "4548-4", "Hemoglobin A1c")),
                "effectiveDateTime", written(anHourAgo), "valueQuantity", Map.of("value", 6.8, "unit", "%"))));
        entries.add(resource(patient, "Observation", Map.of("status", "final",
                "code", codes(coding(LOCAL, "BH-PHQ9", "Depression screen"),
                        coding("http://snomed.info/sct", "715252007", "Patient Health Questionnaire Nine Item score")),
                "effectiveDateTime", written(anHourAgo.minusDays(30)), "valueInteger", 4)));
        entries.add(resource(patient, "Procedure", Map.of("status", "completed",
                "code", codes(coding(LOCAL, "GI-COLO-01", "Colonoscopy, screening"),
                        coding("http://snomed.info/sct", "73761001", "Colonoscopy")),
                "performedDateTime", written(anHourAgo.minusYears(2)))));
        entries.add(resource(patient, "Immunization", Map.of("status", "completed",
                "vaccineCode", codes(coding("http://hl7.org/fhir/sid/ndc", "49281-0424-50", "Fluzone High-Dose"),
                        coding("http://hl7.org/fhir/sid/cvx", "140", "Influenza, seasonal, injectable")),
                "occurrenceDateTime", written(anHourAgo))));

        JsonNode stored = storedGaps(entries);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(status(stored, "A1C_TEST")).as("HbA1c: LOINC after the lab's code").isEqualTo("SATISFIED");
            softly.assertThat(status(stored, "A1C_CONTROL")).as("6.8 % is below 8 %").isEqualTo("SATISFIED");
            softly.assertThat(status(stored, "DEPRESSION_SCREENING")).as("PHQ-9: SNOMED CT after a local code")
                    .isEqualTo("SATISFIED");
            softly.assertThat(status(stored, "COLORECTAL_SCREENING")).as("colonoscopy: SNOMED CT after a local code")
                    .isEqualTo("SATISFIED");
            softly.assertThat(status(stored, "FLU_VACCINE")).as("flu shot: CVX after NDC").isEqualTo("SATISFIED");
            softly.assertThat(standing(stored)).isEqualTo(standing(whatIf(entries)));
        });
    }

    @Test
    void aProblemCodedLocallyThenInIcd10PutsTheStoredPatientInTheDiabetesMeasures() {
        String patient = "p-" + UUID.randomUUID();
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(patient(patient, "Listwell", "Dora", "1955-09-10", "female"));
        entries.add(diabetes(patient, coding(LOCAL, "DM2-OUTPT", "Type 2 diabetes"),
                coding("http://hl7.org/fhir/sid/icd-10-cm", "E11.9", "Type 2 diabetes mellitus without complications")));

        JsonNode stored = storedGaps(entries);

        JsonNode eyes = gap(stored, "EYE_EXAM");
        assertThat(eyes.get("status").asString()).as(eyes.toString()).isEqualTo("DUE");
        assertThat(eyes.get("dueSince").asString()).isEqualTo("2016-04-01");
        assertThat(standing(stored)).isEqualTo(standing(whatIf(entries)));
    }

    @Test
    void aHospiceStayCodedSecondExcludesTheStoredPatientAsTheWhatIfDoes() {
        String patient = "p-" + UUID.randomUUID();
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(patient(patient, "Restwell", "Bea", "1950-07-08", "female"));
        entries.add(diabetes(patient, coding("http://snomed.info/sct", "44054006", "Diabetes mellitus type 2")));
        entries.add(resource(patient, "Procedure", Map.of("status", "in-progress",
                "code", codes(coding(LOCAL, "HOSP-ADM", "Hospice admission"),
                        coding("http://snomed.info/sct", "385763009", "Hospice care")),
                "performedDateTime", written(ZonedDateTime.now(PRACTICE_ZONE).minusDays(20)))));

        JsonNode stored = storedGaps(entries);

        JsonNode hba1c = gap(stored, "A1C_TEST");
        assertThat(hba1c.get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(hba1c.get("explanation").asString()).contains("hospice");
        assertThat(status(stored, "FLU_VACCINE")).isEqualTo("NOT_APPLICABLE");
        assertThat(standing(stored)).isEqualTo(standing(whatIf(entries)));
    }

    @Test
    void theImportKeepsEveryCodingInTheSourcesOrderAndFilesByThePreferredCode() {
        String patient = "p-" + UUID.randomUUID();
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(patient(patient, "Keepall", "Cora", "1958-01-02", "female"));
        entries.add(resource(patient, "Observation", Map.of("status", "final",
                "code", codes(coding(LOCAL, "LAB-A1C", "Glycohemoglobin"), coding("http://loinc.org", "4548-4", null)),
                "effectiveDateTime", "2026-01-05T10:00:00-05:00", "valueQuantity", Map.of("value", 7.1, "unit", "%"))));
        UUID id = imported(entries);

        assertThat(jdbc.sql("select code_system || ' ' || code || ' ' || codings::text from observation where patient_id = ?")
                .param(id).query(String.class).single())
                .isEqualTo("http://loinc.org 4548-4 [{\"code\": \"LAB-A1C\", \"system\": \"" + LOCAL
                        + "\", \"display\": \"Glycohemoglobin\"}, {\"code\": \"4548-4\", \"system\": \"http://loinc.org\"}]");
    }

    /** Imports the bundle as an EHR would and reads the stored patient's gaps through the API. */
    private JsonNode storedGaps(List<Map<String, Object>> entries) {
        Api.Response gaps = rivera.get("/api/patients/" + imported(entries) + "/care-gaps");
        assertThat(gaps.status()).as(gaps.toString()).isEqualTo(200);
        return gaps.json().get("gaps");
    }

    private UUID imported(List<Map<String, Object>> entries) {
        Api.Response response = rivera.post("/fhir", "application/fhir+json", JSON.writeValueAsBytes(bundle(entries)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (JsonNode entry : response.json().get("entry")) {
            String location = entry.path("response").path("location").asString("");
            if (location.startsWith("Patient/")) {
                return UUID.fromString(location.substring("Patient/".length()));
            }
        }
        throw new AssertionError("No patient in " + response);
    }

    private JsonNode whatIf(List<Map<String, Object>> entries) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("asOf", LocalDate.now(PRACTICE_ZONE).toString());
        request.put("bundle", bundle(entries));
        Api.Response evaluated = rivera.postJson("/api/care-gaps/evaluate", request);
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        return evaluated.json().get("gaps");
    }

    /** Measure by measure: status, due since and next due, which both evaluations must agree on. */
    private static Map<String, String> standing(JsonNode gaps) {
        Map<String, String> standing = new LinkedHashMap<>();
        gaps.forEach(gap -> standing.put(gap.get("measure").asString(), gap.get("status").asString() + " since "
                + gap.path("dueSince").asString("-") + " next " + gap.path("nextDue").asString("-")));
        assertThat(standing).hasSize(12);
        return standing;
    }

    private static String status(JsonNode gaps, String measure) {
        return gap(gaps, measure).get("status").asString();
    }

    private static JsonNode gap(JsonNode gaps, String measure) {
        for (JsonNode gap : gaps) {
            if (gap.get("measure").asString().equals(measure)) {
                return gap;
            }
        }
        throw new AssertionError("no " + measure + " in " + gaps);
    }

    /** As the practice's EHR writes it: local time with the offset of that day (daylight saving time included). */
    private static String written(ZonedDateTime at) {
        return at.toOffsetDateTime().toString();
    }

    private static Map<String, Object> bundle(List<Map<String, Object>> entries) {
        return Map.of("resourceType", "Bundle", "type", "collection", "entry", entries);
    }

    private static Map<String, Object> patient(String id, String family, String given, String birthDate, String gender) {
        return Map.of("fullUrl", "Patient/" + id, "resource", Map.of("resourceType", "Patient", "id", id,
                "name", List.of(Map.of("family", family, "given", List.of(given))),
                "birthDate", birthDate, "gender", gender));
    }

    /** Active since April 1, 2016 (a time of day in the practice's zone: the evaluations agree on the date). */
    @SafeVarargs
    private static Map<String, Object> diabetes(String patient, Map<String, Object>... codings) {
        return resource(patient, "Condition", Map.of("code", codes(codings),
                "clinicalStatus", codes(coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)),
                "onsetDateTime", "2016-04-01T09:00:00-04:00"));
    }

    private static Map<String, Object> resource(String patient, String type, Map<String, Object> fields) {
        Map<String, Object> resource = new LinkedHashMap<>(fields);
        String id = type.toLowerCase() + "-" + UUID.randomUUID();
        resource.put("resourceType", type);
        resource.put("id", id);
        resource.put(type.equals("Immunization") ? "patient" : "subject", Map.of("reference", "Patient/" + patient));
        return Map.of("fullUrl", type + "/" + id, "resource", resource);
    }

    @SafeVarargs
    private static Map<String, Object> codes(Map<String, Object>... codings) {
        return Map.of("coding", List.of(codings));
    }

    private static Map<String, Object> coding(String system, String code, String display) {
        Map<String, Object> coding = new LinkedHashMap<>();
        coding.put("system", system);
        coding.put("code", code);
        if (display != null) {
            coding.put("display", display);
        }
        return coding;
    }
}
