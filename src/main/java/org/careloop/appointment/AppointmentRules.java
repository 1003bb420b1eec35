package org.careloop.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;

/**
 * What an appointment must say to be kept: a kind, a time within a year either way (an appointment learnt of after
 * the fact may be recorded to note whether it was kept), texts of a sensible length, a known ride. Problems are
 * collected per field and refused together.
 */
final class AppointmentRules {

    static final Duration FURTHEST = Duration.ofDays(366);

    private final Map<String, String> problems = new LinkedHashMap<>();

    <E extends Enum<E>> E choice(Class<E> type, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.put(field, "is required: one of " + names(type));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            problems.put(field, "must be one of " + names(type));
            return null;
        }
    }

    Instant time(String field, OffsetDateTime value, boolean required, Instant now) {
        if (value == null) {
            if (required) {
                problems.put(field, "is required");
            }
            return null;
        }
        Instant at = value.toInstant();
        if (at.isBefore(now.minus(FURTHEST)) || at.isAfter(now.plus(FURTHEST))) {
            problems.put(field, "must be within a year of today");
        }
        return at;
    }

    String text(String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > longest) {
            problems.put(field, "must be at most " + longest + " characters");
        }
        return text;
    }

    /** The ride, when an arrangement is named; a note or a referral without one is refused naming the arrangement. */
    Transportation ride(String arrangementField, String arrangement, String noteField, String note, UUID referralId) {
        TransportArrangement chosen = choice(TransportArrangement.class, arrangementField, arrangement, false);
        String words = text(noteField, note, 300);
        if (chosen == null && (words != null || referralId != null) && !problems.containsKey(arrangementField)) {
            problems.put(arrangementField, "is required with a note or a referral: one of " + names(TransportArrangement.class));
        }
        if (referralId != null && chosen != null && chosen != TransportArrangement.TRANSPORT_SERVICE) {
            problems.put(arrangementField, "must be TRANSPORT_SERVICE when a referral books the ride");
        }
        return chosen == null ? null : new Transportation(chosen, words, referralId);
    }

    void refuseAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
