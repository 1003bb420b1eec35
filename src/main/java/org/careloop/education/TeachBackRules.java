package org.careloop.education;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.careloop.InvalidRequest;

/**
 * What a teach-back must say: who was taught and what it showed (both required), when — as it happens or soon
 * after, within 30 days (an older one belongs in a note), never in the future beyond a few minutes of clock drift —
 * the minutes spent (1 to 120, as a CCM contact lasts), and a note of at most 2000 characters. Every problem is named
 * by its field and refused together.
 */
final class TeachBackRules {

    /** A teach-back is recorded as it happens or soon after; one dated further back belongs in a note. */
    static final Duration LONGEST_DELAY = Duration.ofDays(30);

    private static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    /** The teach-back as checked: parsed, trimmed, dated (now when no time was given). */
    record Checked(TaughtTo taughtTo, TeachBackResult result, Instant taughtAt, Integer minutes, String note) {
    }

    private TeachBackRules() {
    }

    static Checked check(NewTeachBack request, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        TaughtTo taughtTo = choice(TaughtTo.class, "taughtTo", request.taughtTo(), problems);
        TeachBackResult result = choice(TeachBackResult.class, "result", request.result(), problems);
        Instant at = request.taughtAt() == null ? now : request.taughtAt().toInstant();
        if (at.isAfter(now.plus(CLOCK_DRIFT))) {
            problems.put("taughtAt", "must not be in the future");
        } else if (at.isBefore(now.minus(LONGEST_DELAY))) {
            problems.put("taughtAt", "must be within the last 30 days");
        }
        if (request.minutes() != null && (request.minutes() < 1 || request.minutes() > 120)) {
            problems.put("minutes", "must be from 1 to 120");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > 2000) {
            problems.put("note", "must be at most 2000 characters");
        }
        refuseAny(problems);
        return new Checked(taughtTo, result, at, request.minutes(), note);
    }

    static void refuseAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, Map<String, String> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException unknown) {
            problems.put(field, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }
}
