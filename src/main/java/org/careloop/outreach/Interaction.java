package org.careloop.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One recorded call, message or visit: what kind, how it went, what was discussed, who and when. */
public record Interaction(UUID id, UUID patientId, InteractionKind kind, InteractionOutcome outcome,
                          List<String> topics, String notes, LocalDate followUpOn, UUID staffId, String staffName,
                          Instant occurredAt, Instant recordedAt) {

    public Interaction {
        topics = List.copyOf(topics);
    }
}
