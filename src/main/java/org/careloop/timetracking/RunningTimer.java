package org.careloop.timetracking;

import java.time.Instant;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** A timer a clinician started on a patient's work; {@code minutesSoFar} counts whole minutes, as the entry will. */
public record RunningTimer(UUID id, UUID staffId, UUID patientId, CareProgram program, CareActivity activity,
                           UUID interactionId, Instant startedAt, int minutesSoFar) {
}
