package org.careloop.billing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careloop.billing.BillingLine;
import org.careloop.program.CareProgram;

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

    /** The next code these minutes can earn, how far away it is, and the minutes it needs in all. */
    public record Step(String code, int minutesShort, int minutesNeeded) {
    }

    /**
     * The family of a month's rules, its add-on capped by the setting where the rules name one, else by the rules'
     * own cap (none where CMS sets none).
     */
    public static Optional<TimedFamily> of(RuleBook.MonthRules rules, String family, Integer capFromSettings) {
        return rules.base(family).map(base -> {
            Optional<RuleBook.CodeRule> addOn = rules.addOn(family);
            Integer cap = addOn.map(rule -> rule.unitCapSetting() != null && capFromSettings != null
                    ? capFromSettings : rule.maxUnits()).orElse(null);
            return new TimedFamily(base, addOn, cap);
        });
    }

    /** The next threshold above {@code minutes}: the base, then each add-on unit, until the cap. */
    public Optional<Step> next(int minutes) {
        if (minutes < base.minutes()) {
            return Optional.of(new Step(base.code(), base.minutes() - minutes, base.minutes()));
        }
        return addOn.flatMap(rule -> {
            int units = (minutes - base.minutes()) / rule.minutes();
            if (addOnCap != null && units >= addOnCap) {
                return Optional.empty();
            }
            int needed = base.minutes() + (units + 1) * rule.minutes();
            return Optional.of(new Step(rule.code(), needed - minutes, needed));
        });
    }

    public Outcome apply(int minutes, String whoseTime, CareProgram program, String practitioner, LocalDate dateOfService) {
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
        Optional<Step> step = next(minutes);
        if (step.isPresent()) {
            sentence.append("; ").append(step.get().minutesShort()).append(" min short of ")
                    .append(units == 0 ? step.get().code() : ordinal(units + 1) + " " + step.get().code());
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
