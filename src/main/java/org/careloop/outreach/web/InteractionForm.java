package org.careloop.outreach.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.outreach.NewInteraction;

/** The JSON a client sends to record a contact; kind and outcome arrive as text so a typo names its field. */
record InteractionForm(String kind, String outcome, List<String> topics, String notes, LocalDate followUpOn,
                       OffsetDateTime occurredAt) {

    NewInteraction toNewInteraction() {
        return new NewInteraction(choice(InteractionKind.class, kind, "kind"),
                choice(InteractionOutcome.class, outcome, "outcome"), topics, notes, followUpOn,
                occurredAt == null ? null : occurredAt.toInstant());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("Invalid " + field, Map.of(field,
                    "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
    }
}
