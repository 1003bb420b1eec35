package org.careloop.timetracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.careloop.program.Performer;

/** Minutes of care-management work were logged for a patient. */
public record TimeLogged(UUID entryId, UUID patientId, UUID practiceId, UUID staffId, Performer performer,
                         CareProgram program, CareActivity activity, LocalDate date, int minutes, boolean amendment,
                         UUID amends, Instant at) {
}
