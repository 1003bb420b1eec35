package org.careloop.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a care manager records about a contact; {@code occurredAt} null means just now. */
public record NewInteraction(InteractionKind kind, InteractionOutcome outcome, List<String> topics, String notes,
                             LocalDate followUpOn, Instant occurredAt) {

    public NewInteraction {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
