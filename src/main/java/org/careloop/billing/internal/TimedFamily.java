package org.careloop.billing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careloop.billing.BillingLine;
import org.careloop.billing.Program;

/**
 * A base code and its add-on applied to a month's minutes. Nothing rounds up: the base needs its full
 * threshold and every add-on unit its full increment (CMS: no CPT midpoint rule for care management).
 */
public record TimedFamily(RuleBook.CodeRule base, Optional<RuleBook.CodeRule> addOn, Integer addOnCap) {

    /** What the family bills for these minutes, or how far short it falls. */
    public record Outcome(List<BillingLine> lines, double value, String sentence, int minutesShort) {

        public boolean bills() {
            return !lines.isEmpty();
        }
    }

    public Outcome apply(int minutes, String whoseTime, Program program, String practitioner, LocalDate dateOfService) {
        String spent = minutes + " min of " + whoseTime;
        if (minutes < base.minutes()) {
            int missing = base.minutes() - minutes;
            return new Outcome(List.of(), 0, spent + ": " + missing + " min short of " + base.code()
                    + " (" + base.minutes() + " min)", missing);
        }
        int units = addOn.map(rule -> (minutes - base.minutes()) / rule.minutes()).orElse(0);
        boolean capped = addOnCap != null && units >= addOnCap;
        if (capped) {
            units = addOnCap;
        }
        StringBuilder sentence = new StringBuilder(spent).append(": ").append(base.code());
        if (units > 0) {
            sentence.append(" + ").append(addOn.get().code()).append(units > 1 ? " ×" + units : "");
        }
        if (addOn.isPresent() && !capped) {
            int next = base.minutes() + (units + 1) * addOn.get().minutes();
            sentence.append("; ").append(next - minutes).append(" min short of ")
                    .append(units == 0 ? addOn.get().code() : ordinal(units + 1) + " " + addOn.get().code());
        } else if (capped) {
            sentence.append(" (").append(addOn.get().code()).append(" is capped at ").append(addOnCap)
                    .append(units == 1 ? " unit" : " units").append(" a month; later minutes are not billable)");
        }
        List<BillingLine> lines = new ArrayList<>();
        lines.add(new BillingLine(base.code(), 1, program, sentence.toString(), practitioner, dateOfService, minutes));
        double value = base.rate();
        if (units > 0) {
            RuleBook.CodeRule rule = addOn.get();
            lines.add(new BillingLine(rule.code(), units, program,
                    units + " × " + rule.code() + ": each full " + rule.minutes() + " min past " + base.minutes()
                            + " min (" + minutes + " min in all)", practitioner, dateOfService, minutes));
            value += units * rule.rate();
        }
        return new Outcome(lines, value, sentence.toString(), 0);
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "a second";
            case 3 -> "a third";
            case 4 -> "a fourth";
            default -> "unit " + n + " of";
        };
    }
}
