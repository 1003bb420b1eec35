package org.careloop.fuzz;

import java.util.UUID;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.fuzz.HostileJson.value;

/** Any answers to any instrument: scored, or refused naming the answer, and a refusal stores no assessment. */
class AssessmentFuzzTests extends HostileClient {

    @FuzzTest(maxDuration = "45s")
    void assessmentAnswersNeverFailOrStoreARefusal(FuzzedDataProvider data) {
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
}
