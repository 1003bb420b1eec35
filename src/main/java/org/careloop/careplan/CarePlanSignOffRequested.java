package org.careloop.careplan;

import java.time.Instant;
import java.util.UUID;

/** The care manager sent a version of the plan to the practice's providers for review and signature. */
public record CarePlanSignOffRequested(UUID carePlanId, UUID patientId, UUID practiceId, int version,
                                       String requestedBy, Instant at) {
}
