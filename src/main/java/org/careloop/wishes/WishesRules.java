package org.careloop.wishes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.careloop.InvalidRequest;

/**
 * What recorded wishes must be: a known code status and directive kind, dates that have happened (a directive is
 * not signed tomorrow) and are not before 1900, texts of a sensible length. Problems are collected by field and
 * refused together.
 */
final class WishesRules {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Map<String, String> problems = new LinkedHashMap<>();
    private final LocalDate today;

    WishesRules(LocalDate today) {
        this.today = today;
    }

    <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException unknown) {
            problems.put(field, (value == null || value.isBlank() ? "is required: " : "must be ") + "one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    /** A day that has happened; {@code orToday} stands in when none is given and {@code required} is false. */
    LocalDate day(String field, LocalDate value, LocalDate orToday) {
        LocalDate day = value == null ? orToday : value;
        if (day != null && day.isAfter(today)) {
            problems.put(field, "must not be in the future");
        } else if (day != null && day.isBefore(EARLIEST)) {
            problems.put(field, "must not be before " + EARLIEST);
        }
        return day;
    }

    String text(String field, String value, int longest, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.put(field, "is required");
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > longest) {
            problems.put(field, "must be at most " + longest + " characters");
        }
        return text;
    }

    void problem(String field, String message) {
        problems.putIfAbsent(field, message);
    }

    void refuseAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    LocalDate today() {
        return today;
    }
}
