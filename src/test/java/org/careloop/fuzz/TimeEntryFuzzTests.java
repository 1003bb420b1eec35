package org.careloop.fuzz;

import java.util.UUID;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.fuzz.HostileJson.value;

/** Any time entry a client can write: logged, or refused naming the field, and a refusal stores no time. */
class TimeEntryFuzzTests extends HostileClient {

    @FuzzTest(maxDuration = "45s")
    void timeEntriesNeverFailOrStoreARefusal(FuzzedDataProvider data) {
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
}
