package org.careloop.careplan;

import java.time.Instant;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** A care plan was started for a patient and program. */
public record CarePlanCreated(UUID carePlanId, UUID patientId, UUID practiceId, CareProgram program, Instant at) {
}
