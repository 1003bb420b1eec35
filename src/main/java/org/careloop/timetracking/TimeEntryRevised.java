package org.careloop.timetracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** A time entry was changed after the fact (the earlier version is kept); {@code withdrawn} when it was taken back. */
public record TimeEntryRevised(UUID entryId, UUID patientId, UUID practiceId, int version, LocalDate previousDate,
                               int previousMinutes, LocalDate date, int minutes, CareProgram program,
                               boolean withdrawn, UUID revisedBy, Instant at) {
}
