package org.careloop.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one reading against the protocols in effect for the patient: which protocols it breaks and what it found,
 * in the words the nurse reads. Pure: the caller brings the patient's earlier weights, condition categories and
 * care-plan goals. A protocol made redundant by a more severe one that also fired ({@code suppressedBy}) is left out,
 * and a care-plan goal alert only stands when no other protocol fired on the reading.
 */
final class ProtocolRules {

    /** What a patient's record brings to the judgement. */
    record Context(List<Measurement> earlierWeights, Set<String> conditionCategories, List<Goal> goals) {
        static Context none() {
            return new Context(List.of(), Set.of(), List.of());
        }
    }

    /** A care-plan goal on a measure, such as "Blood pressure < 130/80 mmHg". */
    record Goal(String measure, String comparator, String value) {
    }

    /** A protocol the reading broke, and what it found. */
    record Finding(AlertProtocol protocol, String detail) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private ProtocolRules() {
    }

    static List<Finding> judge(Measurement reading, List<AlertProtocol> protocols, Context context) {
        List<Finding> found = new ArrayList<>();
        for (AlertProtocol protocol : protocols) {
            if (protocol.test() != AlertProtocol.Test.CARE_PLAN_GOAL && protocol.readingKind() == reading.kind()
                    && (protocol.conditionCategory() == null
                        || context.conditionCategories().contains(protocol.conditionCategory()))) {
                test(reading, protocol, context).ifPresent(detail -> found.add(new Finding(protocol, detail)));
            }
        }
        List<String> fired = found.stream().map(finding -> finding.protocol().code()).toList();
        List<Finding> standing = new ArrayList<>(found.stream()
                .filter(finding -> finding.protocol().suppressedBy() == null
                        || !fired.contains(finding.protocol().suppressedBy())).toList());
        if (standing.isEmpty()) {
            protocols.stream().filter(protocol -> protocol.test() == AlertProtocol.Test.CARE_PLAN_GOAL).findFirst()
                    .flatMap(protocol -> outsideGoal(reading, context.goals())
                            .map(detail -> new Finding(protocol, detail)))
                    .ifPresent(standing::add);
        }
        return standing;
    }

    private static Optional<String> test(Measurement reading, AlertProtocol protocol, Context context) {
        BigDecimal limit = protocol.threshold();
        String what = reading.text();
        return switch (protocol.test()) {
            case SYSTOLIC_OR_DIASTOLIC_AT_LEAST -> reading.systolic() != null
                    && (reading.systolic().compareTo(limit) >= 0
                        || reading.diastolic() != null && reading.diastolic().compareTo(protocol.threshold2()) >= 0)
                    ? Optional.of(what) : Optional.empty();
            case SYSTOLIC_BELOW -> reading.systolic() != null && reading.systolic().compareTo(limit) < 0
                    ? Optional.of(what) : Optional.empty();
            case BELOW -> reading.value() != null && reading.value().compareTo(limit) < 0
                    ? Optional.of(what) : Optional.empty();
            case ABOVE -> reading.value() != null && reading.value().compareTo(limit) > 0
                    ? Optional.of(what) : Optional.empty();
            case GAIN_WITHIN_HOURS -> gain(reading, protocol, context.earlierWeights());
            case CARE_PLAN_GOAL -> Optional.empty();
        };
    }

    /** A gain over the lowest weight taken within the window before the reading, in pounds to a tenth. */
    private static Optional<String> gain(Measurement reading, AlertProtocol protocol, List<Measurement> earlier) {
        Duration window = Duration.ofHours(protocol.windowHours());
        Optional<Measurement> lowest = earlier.stream()
                .filter(weight -> weight.takenAt().isBefore(reading.takenAt())
                        && !weight.takenAt().isBefore(reading.takenAt().minus(window)))
                .min((a, b) -> a.pounds().compareTo(b.pounds()));
        if (lowest.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal gained = reading.pounds().subtract(lowest.get().pounds()).setScale(1, RoundingMode.HALF_UP);
        if (gained.compareTo(protocol.threshold()) < 0) {
            return Optional.empty();
        }
        long hours = Duration.between(lowest.get().takenAt(), reading.takenAt()).toHours();
        return Optional.of("weight up " + AlertProtocol.plain(gained) + " lb in "
                + (hours < 48 ? hours + " h" : hours / 24 + " days") + " (" + reading.text().substring(7) + ")");
    }

    /** The first goal on the reading's measure that the reading misses. */
    static Optional<String> outsideGoal(Measurement reading, List<Goal> goals) {
        for (Goal goal : goals) {
            if (goal.measure() == null || goal.value() == null || !measures(reading.kind(), goal.measure())) {
                continue;
            }
            List<BigDecimal> targets = numbers(goal.value());
            List<BigDecimal> values = reading.kind() == ReadingKind.BLOOD_PRESSURE
                    ? List.of(reading.systolic(), reading.diastolic()) : List.of(reading.value());
            for (int i = 0; i < Math.min(targets.size(), values.size()); i++) {
                if (values.get(i) != null && !meets(values.get(i), goal.comparator(), targets.get(i))) {
                    return Optional.of(reading.text() + " outside the goal " + goal.measure() + " "
                            + goal.comparator() + " " + goal.value());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean measures(ReadingKind kind, String measure) {
        String words = measure.toLowerCase(Locale.ROOT);
        if (words.contains("a1c") || words.contains("change") || words.contains("loss") || words.contains("reduction")) {
            return false;
        }
        return switch (kind) {
            case BLOOD_PRESSURE -> words.contains("blood pressure") || words.matches(".*\\bbp\\b.*");
            case GLUCOSE -> words.contains("glucose") || words.contains("sugar");
            case WEIGHT -> words.contains("weight");
            case SPO2 -> words.contains("spo2") || words.contains("oxygen");
            case HEART_RATE -> words.contains("heart rate") || words.contains("pulse");
            case TEMPERATURE -> false;
        };
    }

    private static boolean meets(BigDecimal value, String comparator, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (comparator == null ? "" : comparator.trim()) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "=" -> c == 0;
            default -> true;
        };
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(new BigDecimal(matcher.group()));
        }
        return found;
    }
}
