package org.careloop.enrollment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.careloop.InvalidRequest;
import org.careloop.enrollment.Enrollment;

/** Reading the enrollment page's posted forms: each unreadable field is a problem named after it. */
final class EnrollmentFormFields {

    private EnrollmentFormFields() {
    }

    static int version(Map<String, String> form, Enrollment e) {
        try {
            return Integer.parseInt(form.getOrDefault("version", ""));
        } catch (NumberFormatException notANumber) {
            return e.version();
        }
    }

    static Boolean checked(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, Map<String, String> problems) {
        return parse(value, field, problems, "is not one of the choices", text -> Enum.valueOf(type, text));
    }

    static UUID parseId(String value, String field, Map<String, String> problems) {
        return parse(value, field, problems, "is not one of the choices", UUID::fromString);
    }

    static LocalDate parseDate(String value, String field, Map<String, String> problems) {
        return parse(value, field, problems, "is not a date", LocalDate::parse);
    }

    /** A blank value is null; one that does not parse is null too, with a problem recorded against its field. */
    static <T> T parse(String value, String field, Map<String, String> problems, String problem,
                               Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            problems.put(field, problem);
            return null;
        }
    }

    static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }
}
