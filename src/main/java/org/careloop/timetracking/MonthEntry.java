package org.careloop.timetracking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One time entry as the billing month close reads it. {@code performer} is {@code CLINICAL_STAFF} or
 * {@code BILLING_PRACTITIONER}; {@code program} one of {@link CareProgram}.
 */
public record MonthEntry(UUID entryId, UUID patientId, LocalDate date, int minutes, String performer, String program,
                         UUID staffId, boolean amendment) {
}
