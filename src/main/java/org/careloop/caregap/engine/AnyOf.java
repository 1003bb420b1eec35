package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code ANY_OF}: closed by any one of the {@code closers}, each an entry kind, a value set and its own lookback
 * (a colonoscopy counts for 10 years, a FIT for 1). When several count, the one that lasts longest is shown.
 */
final class AnyOf implements GapRule {

    private final Measure.RuleSpec spec;

    AnyOf(Measure.RuleSpec spec) {
        this.spec = spec;
    }

    @Override
    public Verdict judge(Evaluation evaluation) {
        PatientFacts.Fact best = null;
        LocalDate bestUntil = null;
        Measure.Closer bestCloser = null;
        PatientFacts.Fact lastEver = null;
        LocalDate lastStopped = null;
        Measure.Closer lastCloser = null;
        for (Measure.Closer closer : spec.closers()) {
            Optional<PatientFacts.Fact> within = evaluation.latestWithin(closer.fact(), closer.valueSet(), closer.period());
            if (within.isPresent()) {
                LocalDate until = within.get().on().plus(closer.period());
                if (bestUntil == null || until.isAfter(bestUntil)) {
                    best = within.get();
                    bestUntil = until;
                    bestCloser = closer;
                }
                continue;
            }
            List<PatientFacts.Fact> earlier = evaluation.matching(closer.fact(), closer.valueSet());
            if (!earlier.isEmpty()) {
                LocalDate stopped = earlier.get(0).on().plus(closer.period()).plusDays(1);
                if (lastStopped == null || stopped.isAfter(lastStopped)) {
                    lastEver = earlier.get(0);
                    lastStopped = stopped;
                    lastCloser = closer;
                }
            }
        }
        if (best != null) {
            return Verdict.met(bestUntil, List.of(Evaluation.evidence(best)),
                    capitalized(evaluation.label(bestCloser.label(), bestCloser.valueSet())) + " on "
                            + Evaluation.date(best.on()) + " counts until " + Evaluation.date(bestUntil) + ".");
        }
        String wanted = wanted(evaluation);
        if (lastEver == null) {
            return Verdict.due(null, List.of(), "No " + wanted + " on record.");
        }
        return Verdict.due(lastStopped, List.of(Evaluation.evidence(lastEver)), "No " + wanted + " in the time it counts: the last "
                + evaluation.label(lastCloser.label(), lastCloser.valueSet()) + " was on " + Evaluation.date(lastEver.on())
                + " and counted until " + Evaluation.date(lastStopped.minusDays(1)) + ".");
    }

    private String wanted(Evaluation evaluation) {
        return String.join(" or ", spec.closers().stream()
                .map(c -> evaluation.label(c.label(), c.valueSet()) + " (" + lookback(c) + ")").distinct().toList());
    }

    static String lookback(Measure.Closer closer) {
        return "within " + describe(closer.period());
    }

    static String describe(java.time.Period period) {
        if (period.getYears() > 0 && period.getMonths() == 0) {
            return period.getYears() == 1 ? "1 year" : period.getYears() + " years";
        }
        int months = (int) period.toTotalMonths();
        return months == 1 ? "1 month" : months + " months";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
