package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;

/**
 * One line of a worklist or an inbox: which plan, whose, and where it stands; who sent it for sign-off and when
 * (null until it was sent).
 */
public record CarePlanSummary(UUID id, UUID patientId, UUID practiceId, CareProgram program, CarePlanStatus status,
                              int version, SignOff signOff, LocalDate nextReviewOn, LocalDate establishedOn,
                              Instant signOffRequestedAt, String signOffRequestedBy) {
}
