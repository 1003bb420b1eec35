package org.careloop.timetracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.careloop.program.Performer;

/**
 * A time entry as people read it: the audit trail CMS expects (date, start and stop, minutes, who with which
 * credential, activity, program), whether it is an amendment, and whether and by whom it was edited afterwards.
 */
public record LoggedTime(UUID id, UUID patientId, UUID staffId, String staffName, String staffCredential,
                         Performer performer, CareProgram program, CareActivity activity, LocalDate date,
                         Instant startedAt, Instant endedAt, int minutes, UUID interactionId, String notes,
                         boolean amendment, UUID amends, boolean withdrawn, int version, boolean edited,
                         Instant recordedAt, UUID lastEditedBy, String lastEditedByName, Instant lastEditedAt) {
}
