package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.util.List;

/**
 * {@code DOSES}: done once for life when {@code doses} doses of {@code valueSet} were given on different days;
 * vaccines of {@code notCounted} (live zoster) are named in the explanation but never count.
 */
final class Doses implements GapRule {

    private final Measure.RuleSpec spec;

    Doses(Measure.RuleSpec spec) {
        this.spec = spec;
    }

    @Override
    public Verdict judge(Evaluation evaluation) {
        List<PatientFacts.Fact> given = evaluation.matching(PatientFacts.Kind.IMMUNIZATION, spec.valueSet()).stream()
                .filter(distinctDays()).toList();
        String label = evaluation.valueSet(spec.valueSet()).title();
        if (given.size() >= spec.doses()) {
            return Verdict.met(null, given.stream().map(Evaluation::evidence).toList(), spec.doses() + " doses of "
                    + label + " given, the last on " + Evaluation.date(given.get(0).on()) + "; the series is complete.");
        }
        List<PatientFacts.Fact> notCounted = spec.notCounted() == null ? List.of()
                : evaluation.matching(PatientFacts.Kind.IMMUNIZATION, spec.notCounted());
        String live = notCounted.isEmpty() ? "" : " " + AnyOf.capitalized(evaluation.valueSet(spec.notCounted()).title())
                + " on " + Evaluation.date(notCounted.get(0).on()) + " does not count.";
        String done = given.isEmpty() ? "No dose of " + label + " on record."
                : given.size() + " of " + spec.doses() + " doses of " + label + " given (last on "
                        + Evaluation.date(given.get(0).on()) + ").";
        return Verdict.due(null, given.stream().map(Evaluation::evidence).toList(), done + live);
    }

    private static java.util.function.Predicate<PatientFacts.Fact> distinctDays() {
        java.util.Set<java.time.LocalDate> seen = new java.util.HashSet<>();
        return fact -> seen.add(fact.on());
    }
}
