package org.careloop.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.careloop.fuzz.HostileJson.value;

/** What-if billing with any patient-month a client can write: a 4xx naming the field, never a 5xx. */
class BillingEvaluationFuzzTests extends HostileClient {

    @FuzzTest(maxDuration = "45s")
    void billingEvaluationNeverFailsOnItsInput(FuzzedDataProvider data) {
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
}
