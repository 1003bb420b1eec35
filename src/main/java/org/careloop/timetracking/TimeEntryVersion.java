package org.careloop.timetracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** One version of a time entry, the original being version 0, with who made it and when. */
public record TimeEntryVersion(int version, CareProgram program, CareActivity activity, LocalDate date,
                               Instant startedAt, Instant endedAt, int minutes, UUID interactionId, String notes,
                               boolean withdrawn, UUID changedBy, String changedByName, Instant changedAt) {
}
