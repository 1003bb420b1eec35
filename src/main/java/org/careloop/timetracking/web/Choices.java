package org.careloop.timetracking.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careloop.program.CareProgram;

/** Reads an enum value sent as text, noting a missing or unknown one against its field. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> problems) {
        return choice(List.of(type.getEnumConstants()), value, field, problems);
    }

    /** The program minutes are logged toward: TCM is not one of them. */
    static CareProgram program(String value, Map<String, String> problems) {
        return choice(CareProgram.loggedInMinutes(), value, "program", problems);
    }

    private static <E extends Enum<E>> E choice(List<E> allowed, String value, String field,
                                                Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "is required: one of " + allowed);
            return null;
        }
        String wanted = value.strip().toUpperCase();
        Optional<E> chosen = allowed.stream().filter(constant -> constant.name().equals(wanted)).findFirst();
        if (chosen.isEmpty()) {
            problems.put(field, "must be one of " + allowed);
        }
        return chosen.orElse(null);
    }
}
