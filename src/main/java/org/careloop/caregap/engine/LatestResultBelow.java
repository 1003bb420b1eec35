package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code LATEST_RESULT_BELOW}: the most recent result of {@code valueSet} within {@code lookback} must be below
 * {@code below} ({@code unit}), or below the care-plan goal when the plan holds one for one of {@code goalMeasures}
 * ({@code HbA1c < 7}). No result in the lookback is due; a result at or above the goal is due since its date.
 */
final class LatestResultBelow implements GapRule {

    private final Measure.RuleSpec spec;

    LatestResultBelow(Measure.RuleSpec spec) {
        this.spec = spec;
    }

    @Override
    public Verdict judge(Evaluation evaluation) {
        String label = evaluation.valueSet(spec.valueSet()).title();
        List<PatientFacts.Fact> results = evaluation.matching(PatientFacts.Kind.OBSERVATION, spec.valueSet()).stream()
                .filter(f -> f.value() != null).toList();
        LocalDate from = evaluation.windowStart(spec.period());
        if (results.isEmpty() || results.get(0).on().isBefore(from)) {
            String lookback = AnyOf.describe(spec.period());
            return results.isEmpty() ? Verdict.due(null, List.of(), "No " + label + " result on record.")
                    : Verdict.due(results.get(0).on().plus(spec.period()).plusDays(1), List.of(Evaluation.evidence(results.get(0))),
                            "No " + label + " result in the last " + lookback + "; the last was on "
                                    + Evaluation.date(results.get(0).on()) + ".");
        }
        PatientFacts.Fact latest = results.get(0);
        Optional<PatientFacts.Goal> goal = evaluation.goal(spec.goalMeasures());
        Optional<BigDecimal> goalValue = goal.flatMap(g -> number(g.value()));
        BigDecimal limit = goalValue.orElse(spec.below());
        boolean inclusive = goalValue.isPresent() && goal.get().comparator().equals("<=");
        String target = (goalValue.isPresent() ? "the care-plan goal " + goal.get().comparator() + " " : "< ")
                + Evaluation.number(limit) + " " + spec.unit();
        String result = label + " " + Evaluation.number(latest.value()) + " " + spec.unit() + " on "
                + Evaluation.date(latest.on());
        int compared = latest.value().compareTo(limit);
        if (compared < 0 || (inclusive && compared == 0)) {
            LocalDate until = latest.on().plus(spec.period());
            return Verdict.met(until, List.of(Evaluation.evidence(latest)), "Most recent " + result + " meets "
                    + target + "; a new result is due by " + Evaluation.date(until) + ".");
        }
        return Verdict.due(latest.on(), List.of(Evaluation.evidence(latest)), "Most recent " + result
                + " is not at " + target + ".");
    }

    static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim().replace("%", "").trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
