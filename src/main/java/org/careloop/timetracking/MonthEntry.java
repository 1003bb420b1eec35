package org.careloop.timetracking;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.careloop.program.Performer;

/** One time entry as the billing month close reads it. */
public record MonthEntry(UUID entryId, UUID patientId, LocalDate date, int minutes, Performer performer, CareProgram program,
                         UUID staffId, boolean amendment) {
}
