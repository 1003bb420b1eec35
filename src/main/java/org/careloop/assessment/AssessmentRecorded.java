package org.careloop.assessment;

import java.time.Instant;
import java.util.UUID;

/** A patient answered an instrument and the result was stored. */
public record AssessmentRecorded(UUID assessmentId, UUID patientId, UUID practiceId, String instrument,
                                 AssessmentResult result, UUID administeredBy, Instant at) {
}
