package org.careloop.outreach;

import java.time.Instant;
import java.util.UUID;

/**
 * When the patient was last contacted (any outcome) and last actually reached; null when never.
 */
public record LastContacts(UUID patientId, Instant lastContactAt, Instant lastReachedAt) {

    static LastContacts never(UUID patientId) {
        return new LastContacts(patientId, null, null);
    }
}
