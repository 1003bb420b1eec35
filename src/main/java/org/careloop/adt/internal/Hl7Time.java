package org.careloop.adt.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HL7 v2 date/time (DTM, {@code YYYYMMDD[HHMM[SS[.S…]]][+/-ZZZZ]}) as the facility's wall-clock time: the offset a
 * sender adds is dropped, because a stay's times are read where the hospital is. A date without a time is its start.
 * Anything shorter than a whole date, or an impossible date, is unreadable.
 */
final class Hl7Time {

    private static final Pattern DTM = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})?(?:(\\d{2})(?:\\.\\d{1,4})?)?)?(?:[+-]\\d{4})?");

    private Hl7Time() {
    }

    /** The time, or empty when {@code text} is null or unreadable. */
    static Optional<LocalDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher dtm = DTM.matcher(text.strip());
        if (!dtm.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(number(dtm, 1), number(dtm, 2), number(dtm, 3), number(dtm, 4),
                    number(dtm, 5), number(dtm, 6)));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static int number(Matcher dtm, int group) {
        return dtm.group(group) == null ? 0 : Integer.parseInt(dtm.group(group));
    }
}
