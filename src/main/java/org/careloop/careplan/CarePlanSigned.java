package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** A provider signed a version of the plan; {@code establishedOn} is the date of its first signature. */
public record CarePlanSigned(UUID carePlanId, UUID patientId, UUID practiceId, CareProgram program, int version,
                             UUID providerId, LocalDate establishedOn, Instant at) {
}
