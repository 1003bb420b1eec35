package org.careloop.education;

import java.time.Instant;
import java.util.UUID;

/** A teach-back was recorded: which patient and material, and what it showed. */
public record TeachBackRecorded(UUID patientId, UUID practiceId, UUID assignmentId, String materialTitle,
                                TaughtTo taughtTo, TeachBackResult result, Instant taughtAt) {
}
