package org.careloop.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.fuzz.HostileJson.value;

/** Any transaction bundle an EHR or an attacker can post to /fhir: imported whole or refused whole, never a 5xx. */
class FhirBundleFuzzTests extends HostileClient {

    @FuzzTest(maxDuration = "45s")
    void fhirBundlesNeverFailOrStoreARefusal(FuzzedDataProvider data) {
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
