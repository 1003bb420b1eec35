package org.careloop.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact with a patient was recorded; a follow-up date asks for the next one. */
public record InteractionRecorded(UUID interactionId, UUID patientId, UUID practiceId, UUID staffId,
                                  InteractionKind kind, InteractionOutcome outcome, Instant occurredAt,
                                  LocalDate followUpOn) {
}
