package org.careloop.call.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.outreach.NewInteraction;
import org.springframework.format.annotation.DateTimeFormat;

/** The call's record as the page posts it; kind and outcome come as text so a missing one names its field. */
record InteractionForm(String kind, String outcome, List<String> topics, String notes,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn) {

    static InteractionForm blank() {
        return new InteractionForm(InteractionKind.OUTBOUND_CALL.name(), null, List.of(), null, null);
    }

    InteractionForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    NewInteraction toNewInteraction() {
        Map<String, String> problems = new LinkedHashMap<>();
        InteractionKind chosenKind = choice(InteractionKind.class, kind, "kind", problems);
        InteractionOutcome chosenOutcome = choice(InteractionOutcome.class, outcome, "outcome", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return new NewInteraction(chosenKind, chosenOutcome, topics, notes, followUpOn, null);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.put(field, "is not one of the choices");
            return null;
        }
    }
}
