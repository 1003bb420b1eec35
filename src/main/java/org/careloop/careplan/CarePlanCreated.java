package org.careloop.careplan;

import java.time.Instant;
import java.util.UUID;

/** A care plan was started for a patient and program. */
public record CarePlanCreated(UUID carePlanId, UUID patientId, UUID practiceId, CareProgram program, Instant at) {
}
