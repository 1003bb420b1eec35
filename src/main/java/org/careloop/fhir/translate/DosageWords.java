package org.careloop.fhir.translate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;

/**
 * A FHIR dosage as a pharmacy label says it: "1 tablet once a day", "2 puffs twice a day", "10 units at bedtime".
 * The dosage's own text wins; otherwise the amount takes its unit from the quantity, or from the medication's form
 * ("Oral Tablet", "Inhaler") when the quantity has none, and the timing is said in words.
 */
final class DosageWords {

    /** The doses counted one by one, which take a plural: 2 tablets, but 20 mg. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("tablet", "capsule", "puff", "unit", "drop", "patch");
    private static final String[] TIMES = {"", "once", "twice", "three times", "four times", "five times", "six times"};

    private DosageWords() {
    }

    static String of(Dosage dosage, String medication) {
        if (dosage.hasText()) {
            return dosage.getText();
        }
        List<String> parts = new ArrayList<>();
        if (dosage.hasDoseAndRate() && dosage.getDoseAndRateFirstRep().hasDoseQuantity()
                && dosage.getDoseAndRateFirstRep().getDoseQuantity().hasValue()) {
            parts.add(amount(dosage.getDoseAndRateFirstRep().getDoseQuantity(), medication));
        }
        if (dosage.hasTiming() && dosage.getTiming().hasRepeat()) {
            String when = when(dosage.getTiming().getRepeat());
            if (!when.isEmpty()) {
                parts.add(when);
            }
        }
        if (dosage.hasAsNeededBooleanType() && dosage.getAsNeededBooleanType().booleanValue()) {
            parts.add("as needed");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static String amount(Quantity quantity, String medication) {
        BigDecimal value = quantity.getValue().stripTrailingZeros();
        boolean one = value.compareTo(BigDecimal.ONE) == 0;
        String unit = quantity.hasUnit() ? quantity.getUnit() : quantity.hasCode() ? quantity.getCode() : null;
        String noun = unit == null || unit.isBlank() || unit.equals("1") ? form(medication) : unitNoun(unit);
        if (noun == null) {
            return value.toPlainString();
        }
        return value.toPlainString() + " " + (COUNTED.contains(noun) && !one ? plural(noun) : noun);
    }

    /** A quantity's unit as a word: {@code {puff}} is a puff, {@code U} or {@code [iU]} a unit; mg and mL stay. */
    private static String unitNoun(String unit) {
        String bare = unit.replace("{", "").replace("}", "").trim();
        return switch (bare.toLowerCase(Locale.ROOT)) {
            case "u", "[iu]", "iu", "unit", "units" -> "unit";
            case "puff", "puffs", "actuat", "actuation" -> "puff";
            case "tbl", "tab", "tablet", "tablets" -> "tablet";
            case "cap", "capsule", "capsules" -> "capsule";
            case "drop", "drops", "[drp]" -> "drop";
            case "patch" -> "patch";
            default -> bare;
        };
    }

    /** What one dose of the medication is, from its name ("Lisinopril 10 MG Oral Tablet" is a tablet). */
    private static String form(String medication) {
        String name = medication == null ? "" : medication.toLowerCase(Locale.ROOT);
        if (name.contains("tablet")) {
            return "tablet";
        }
        if (name.contains("capsule")) {
            return "capsule";
        }
        if (name.contains("inhal") || name.contains("metered dose")) {
            return "puff";
        }
        if (name.contains("insulin") || name.contains("unt/ml")) {
            return "unit";
        }
        if (name.contains("patch")) {
            return "patch";
        }
        return null;
    }

    private static String plural(String noun) {
        return noun.endsWith("ch") ? noun + "es" : noun + "s";
    }

    private static String when(Timing.TimingRepeatComponent repeat) {
        boolean atBedtime = repeat.getWhen().stream().anyMatch(w -> "HS".equals(w.getValueAsString()));
        if (!repeat.hasFrequency() || !repeat.hasPeriod()) {
            return atBedtime ? "at bedtime" : "";
        }
        int times = repeat.getFrequency();
        BigDecimal period = repeat.getPeriod().stripTrailingZeros();
        String unit = repeat.hasPeriodUnit() ? repeat.getPeriodUnit().toCode() : "d";
        boolean onePeriod = period.compareTo(BigDecimal.ONE) == 0;
        if (atBedtime && times == 1 && onePeriod && unit.equals("d")) {
            return "at bedtime";
        }
        String every = onePeriod ? article(unit) + " " + unitWord(unit)
                : "every " + period.toPlainString() + " " + unitWord(unit) + "s";
        String said;
        if (times == 1) {
            said = !onePeriod ? every : unit.equals("h") ? "every hour" : "once " + every;
        } else {
            said = (times < TIMES.length ? TIMES[times] : times + " times") + " " + every;
        }
        return said + (atBedtime ? " at bedtime" : "");
    }

    private static String unitWord(String unit) {
        return switch (unit) {
            case "s" -> "second";
            case "min" -> "minute";
            case "h" -> "hour";
            case "d" -> "day";
            case "wk" -> "week";
            case "mo" -> "month";
            case "a" -> "year";
            default -> unit;
        };
    }

    private static String article(String unit) {
        return unit.equals("h") ? "an" : "a";
    }
}
