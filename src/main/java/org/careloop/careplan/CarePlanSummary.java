package org.careloop.careplan;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a worklist or an inbox: which plan, whose, and where it stands. */
public record CarePlanSummary(UUID id, UUID patientId, UUID practiceId, CareProgram program, CarePlanStatus status,
                              int version, SignOff signOff, LocalDate nextReviewOn, LocalDate establishedOn) {
}
