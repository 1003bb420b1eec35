package org.careloop.timetracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Minutes of care-management work were logged for a patient. */
public record TimeLogged(UUID entryId, UUID patientId, UUID practiceId, UUID staffId, StaffCategory performer,
                         CareProgram program, CareActivity activity, LocalDate date, int minutes, boolean amendment,
                         UUID amends, Instant at) {
}
