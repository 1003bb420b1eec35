package org.careloop.timetracking.web;

import java.util.Arrays;
import java.util.Map;

/** Reads an enum value sent as text, noting a missing or unknown one against its field. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "is required: one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.put(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
