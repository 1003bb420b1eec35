package org.careloop.fuzz;

import java.util.UUID;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.fuzz.HostileJson.value;

/**
 * The entry points a hostile or broken client reaches, fuzzed in one run (libFuzzer allows one fuzz test per JVM,
 * and the application starts once): the first byte picks billing evaluation, assessment answers, a time entry or a
 * FHIR bundle; the rest builds the request. Each answer must be below 500, and a refusal must store nothing.
 */
class EntryPointsFuzzTests extends HostileClient {

    @FuzzTest(maxDuration = "120s")
    void noEntryPointFailsOnItsInputOrStoresARefusal(FuzzedDataProvider data) {
        BugDetectors.allowNetworkConnections(); // the client calls the application on localhost, by design
        switch (data.consumeInt(0, 3)) {
            case 0 -> billingEvaluation(data);
            case 1 -> assessment(data);
            case 2 -> timeEntry(data);
            default -> fhirBundle(data);
        }
    }

    private void billingEvaluation(FuzzedDataProvider data) {
        String program = "\"CCM\"";
        String body = "{\"month\":" + value(data, "\"2026-10\"", "\"2015-01\"", "\"2031-12\"")
                + ",\"patient\":{\"chronicConditionCount\":" + value(data, "3", "0", "1") + ",\"qmb\":"
                + value(data, "true", "false") + "}"
                + ",\"deviceReadingDays\":" + value(data, "16", "0", "31")
                + ",\"enrollments\":" + HostileJson.list(data, 4, () -> data.consumeBoolean() ? "null"
                : "{\"program\":" + value(data, program, "\"RPM\"", "\"PCM\"", "\"BHI\"", "\"APCM\"")
                + ",\"complex\":" + value(data, "true", "false")
                + ",\"consentDate\":" + value(data, "\"2026-09-15\"", "\"2026-10-20\"")
                + ",\"carePlanDate\":" + value(data, "\"2026-09-20\"")
                + ",\"billingPractitioner\":" + value(data, "\"1234567890\"")
                + ",\"startDate\":" + value(data, "\"2026-10-01\"")
                + ",\"consentRevokedDate\":" + value(data, "\"2026-10-15\"") + "}")
                + ",\"timeEntries\":" + HostileJson.list(data, 6, () -> data.consumeBoolean() ? "null"
                : "{\"date\":" + value(data, "\"2026-10-03\"", "\"2026-11-01\"")
                + ",\"minutes\":" + value(data, "34", "20", "60", "1440")
                + ",\"performer\":" + value(data, "\"CLINICAL_STAFF\"", "\"BILLING_PRACTITIONER\"")
                + ",\"program\":" + value(data, program, "\"RPM\"", "\"PCM\"") + "}")
                + ",\"otherServices\":" + HostileJson.list(data, 2, () -> "{\"code\":" + value(data, "\"99495\"")
                + ",\"date\":" + value(data, "\"2026-10-10\"") + ",\"billingPractitioner\":"
                + value(data, "\"1234567890\"") + "}")
                + "}";
        post("/api/billing/evaluate", "application/json", data.consumeBoolean() ? body : data.consumeRemainingAsString());
    }


    private void assessment(FuzzedDataProvider data) {
        UUID patient = patient();
        long before = count("select count(*) from assessment_response where patient_id = ?", patient);
        String instrument = value(data, "\"PHQ-2\"", "\"PHQ-9\"", "\"GAD-7\"", "\"AHC HRSN\"", "\"phq9\"");
        String answers = data.consumeBoolean()
                ? HostileJson.list(data, 12, () -> value(data, "0", "1", "2", "3", "\"LA33-6\"", "[\"LA33-6\"]"))
                : value(data);
        String body = data.consumeInt(0, 9) == 0 ? data.consumeRemainingAsString()
                : "{\"instrument\":" + instrument + ",\"answers\":" + answers + "}";

        int status = post("/api/patients/" + patient + "/assessments", "application/json", body);

        if (status >= 400) {
            assertThat(count("select count(*) from assessment_response where patient_id = ?", patient))
                    .as("a refused assessment stores nothing").isEqualTo(before);
        }
    }


    private void timeEntry(FuzzedDataProvider data) {
        UUID patient = patient();
        long before = count("select count(*) from time_entry where patient_id = ?", patient);
        String body = data.consumeInt(0, 9) == 0 ? data.consumeRemainingAsString()
                : "{\"program\":" + value(data, "\"CCM\"", "\"PCM\"", "\"RPM\"")
                + ",\"activity\":" + value(data, "\"CARE_COORDINATION\"", "\"DOCUMENTATION\"")
                + ",\"startedAt\":" + value(data, "\"2026-11-02T10:00:00-05:00\"", "\"2026-10-31T23:59:00Z\"",
                "\"1900-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"")
                + ",\"endedAt\":" + value(data, "null", "\"2026-11-02T10:20:00-05:00\"")
                + ",\"minutes\":" + value(data, "20", "1", "240", "241", "1.5")
                + ",\"notes\":" + value(data, "\"Called about refills\"")
                + ",\"interactionId\":" + value(data, "null", "\"" + UUID.randomUUID() + "\"")
                + ",\"amendment\":" + value(data, "false", "true")
                + ",\"amends\":" + value(data, "null") + "}";

        int status = post("/api/patients/" + patient + "/time-entries", "application/json", body);

        if (status >= 400) {
            assertThat(count("select count(*) from time_entry where patient_id = ?", patient))
                    .as("a refused entry stores nothing").isEqualTo(before);
        } else {
            jdbc.sql("update time_entry set withdrawn = true where patient_id = ?").param(patient).update();
        }
    }


    private void fhirBundle(FuzzedDataProvider data) {
        long before = count("select count(*) from patient");
        String patientUrl = value(data, "\"urn:uuid:7f1c2a52-0c8e-4d3b-9a55-1f2e3d4c5b6a\"");
        String patient = "{\"fullUrl\":" + patientUrl + ",\"resource\":{\"resourceType\":\"Patient\""
                + ",\"identifier\":[{\"system\":" + value(data, "\"urn:oid:2.16.840.1.113883.4.3.25\"")
                + ",\"value\":" + value(data, "\"999-12-3456\"") + "}]"
                + ",\"name\":[{\"family\":" + value(data, "\"Okafor\"") + ",\"given\":[" + value(data, "\"Grace\"") + "]}]"
                + ",\"gender\":" + value(data, "\"female\"", "\"male\"", "\"unknown\"")
                + ",\"birthDate\":" + value(data, "\"1948-03-02\"", "\"-0001-01-01\"", "\"1800-01-01\"") + "}"
                + ",\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}}";
        String observation = "{\"fullUrl\":" + value(data, "\"urn:uuid:0b8a4c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b\"", patientUrl)
                + ",\"resource\":{\"resourceType\":\"Observation\",\"status\":" + value(data, "\"final\"")
                + ",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":" + value(data, "\"8867-4\"") + "}]}"
                + ",\"subject\":{\"reference\":" + patientUrl + "}"
                + ",\"effectiveDateTime\":" + value(data, "\"2026-10-01T09:00:00Z\"")
                + ",\"valueQuantity\":{\"value\":" + value(data, "72", "1e308") + ",\"unit\":\"/min\"}}"
                + ",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}";
        String body = data.consumeInt(0, 9) == 0 ? data.consumeRemainingAsString()
                : "{\"resourceType\":\"Bundle\",\"type\":" + value(data, "\"transaction\"", "\"batch\"", "\"collection\"")
                + ",\"entry\":[" + patient + (data.consumeBoolean() ? "," + observation : "") + "]}";

        int status = post("/fhir", "application/fhir+json", body);

        if (status >= 400) {
            assertThat(count("select count(*) from patient")).as("a refused bundle stores nothing").isEqualTo(before);
        }
    }

}
