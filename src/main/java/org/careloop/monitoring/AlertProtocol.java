package org.careloop.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One alert protocol as it applies: what it watches ({@code readingKind}, null for any reading with a care-plan goal),
 * its {@code test} and thresholds in {@code unit} (over {@code windowHours} for a weight gain), for which patients
 * ({@code conditionCategory}, such as heart_failure), the more severe protocol that makes it redundant
 * ({@code suppressedBy}), how acute it is, whose pool it lands in and how many days it may wait ({@code dueInDays},
 * 0 = same day), the words on the worklist, the instruction staff read and the clinical source it cites.
 * {@code adjustedFor} says whose threshold this is: CareLoop's default, the practice's or the patient's.
 */
public record AlertProtocol(String code, LocalDate effectiveFrom, String name, ReadingKind readingKind, Test test,
                            BigDecimal threshold, BigDecimal threshold2, String unit, Integer windowHours,
                            String conditionCategory, String suppressedBy, AlertSeverity severity, String routePool,
                            int dueInDays, String worklistReason, String instruction, String clinicalSource,
                            Adjustment adjustedFor) {

    /** How a protocol judges a reading. */
    public enum Test {
        /** systolic ≥ threshold or diastolic ≥ threshold2 */
        SYSTOLIC_OR_DIASTOLIC_AT_LEAST,
        /** systolic < threshold */
        SYSTOLIC_BELOW,
        /** value < threshold */
        BELOW,
        /** value > threshold */
        ABOVE,
        /** a gain ≥ threshold (in the protocol's unit) over the lowest reading within windowHours before */
        GAIN_WITHIN_HOURS,
        /** outside the patient's care-plan goal on the measure */
        CARE_PLAN_GOAL
    }

    /** Whose threshold applies. */
    public enum Adjustment { DEFAULT, PRACTICE, PATIENT }

    AlertProtocol adjusted(BigDecimal newThreshold, BigDecimal newThreshold2, Adjustment who) {
        return new AlertProtocol(code, effectiveFrom, name, readingKind, test, newThreshold,
                newThreshold2 == null ? threshold2 : newThreshold2, unit, windowHours, conditionCategory,
                suppressedBy, severity, routePool, dueInDays, worklistReason, instruction, clinicalSource, who);
    }

    /** The threshold as a clinician writes it: "≥180/≥120 mmHg", "<54 mg/dL", "+2 lb in 24 h". */
    public String thresholdText() {
        String u = unit == null ? "" : " " + unit;
        return switch (test) {
            case SYSTOLIC_OR_DIASTOLIC_AT_LEAST -> "≥" + plain(threshold) + "/≥" + plain(threshold2) + u;
            case SYSTOLIC_BELOW -> "systolic <" + plain(threshold) + u;
            case BELOW -> "<" + plain(threshold) + u;
            case ABOVE -> ">" + plain(threshold) + u;
            case GAIN_WITHIN_HOURS -> "+" + plain(threshold) + u + " in "
                    + (windowHours % 24 == 0 && windowHours > 24 ? windowHours / 24 + " days" : windowHours + " h");
            case CARE_PLAN_GOAL -> "care-plan goal";
        };
    }

    static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
