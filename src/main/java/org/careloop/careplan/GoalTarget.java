package org.careloop.careplan;

import java.util.Set;

/**
 * What makes a goal measurable: {@code measure comparator value unit}, for example {@code HbA1c < 7 %},
 * {@code Blood pressure < 130/80 mmHg} or {@code Walking >= 20 min a day, 5 days a week}.
 */
public record GoalTarget(String measure, String comparator, String value, String unit) {

    /** The comparators a target may use. */
    public static final Set<String> COMPARATORS = Set.of("<", "<=", "=", ">=", ">");

    /** The target as one line, as a clinician writes it. */
    public String text() {
        return measure + " " + comparator + " " + value + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
