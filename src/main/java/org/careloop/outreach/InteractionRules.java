package org.careloop.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * What a recorded contact must say: its kind and outcome; it cannot have happened in the future (a few minutes of
 * clock drift aside), and a follow-up cannot be due before the contact itself.
 */
@Component
class InteractionRules {

    static final int MAX_TOPICS = 20;
    static final int MAX_TOPIC_LENGTH = 100;
    static final int MAX_NOTES_LENGTH = 10_000;
    private static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    private final Clock clock;

    InteractionRules(Clock clock) {
        this.clock = clock;
    }

    void refuseProblems(NewInteraction contact, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (contact.kind() == null) {
            problems.put("kind", "is required: one of " + List.of(InteractionKind.values()));
        }
        if (contact.outcome() == null) {
            problems.put("outcome", "is required: one of " + List.of(InteractionOutcome.values()));
        }
        if (contact.occurredAt() != null && contact.occurredAt().isAfter(now.plus(CLOCK_DRIFT))) {
            problems.put("occurredAt", "cannot be in the future");
        }
        Instant occurred = contact.occurredAt() == null ? now : contact.occurredAt();
        if (contact.followUpOn() != null && contact.followUpOn().isBefore(LocalDate.ofInstant(occurred, clock.getZone()))) {
            problems.put("followUpOn", "cannot be before the contact");
        }
        if (contact.topics().size() > MAX_TOPICS) {
            problems.put("topics", "at most " + MAX_TOPICS + " topics");
        }
        for (int i = 0; i < contact.topics().size(); i++) {
            String topic = contact.topics().get(i);
            if (topic == null || topic.isBlank() || topic.strip().length() > MAX_TOPIC_LENGTH) {
                problems.put("topics[" + i + "]", "must be 1 to " + MAX_TOPIC_LENGTH + " characters");
            }
        }
        if (contact.notes() != null && contact.notes().length() > MAX_NOTES_LENGTH) {
            problems.put("notes", "at most " + MAX_NOTES_LENGTH + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    List<String> cleanTopics(List<String> topics) {
        return topics.stream().map(String::strip).distinct().toList();
    }
}
