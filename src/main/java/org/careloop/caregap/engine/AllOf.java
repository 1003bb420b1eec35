package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careloop.caregap.GapEvidence;

/**
 * {@code ALL_OF}: closed only when every one of the {@code closers} has an entry within its lookback (kidney health
 * needs an eGFR <em>and</em> a urine albumin/creatinine ratio). It is due again when the first of them stops counting.
 */
final class AllOf implements GapRule {

    private final Measure.RuleSpec spec;

    AllOf(Measure.RuleSpec spec) {
        this.spec = spec;
    }

    @Override
    public Verdict judge(Evaluation evaluation) {
        List<GapEvidence> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        LocalDate nextDue = null;
        LocalDate stopped = null;
        boolean neverDone = false;
        for (Measure.Closer closer : spec.closers()) {
            String label = evaluation.label(closer.label(), closer.valueSet());
            Optional<PatientFacts.Fact> within = evaluation.latestWithin(closer.fact(), closer.valueSet(), closer.period());
            if (within.isPresent()) {
                evidence.add(Evaluation.evidence(within.get()));
                LocalDate until = within.get().on().plus(closer.period());
                nextDue = nextDue == null || until.isBefore(nextDue) ? until : nextDue;
                continue;
            }
            List<PatientFacts.Fact> earlier = evaluation.matching(closer.fact(), closer.valueSet());
            if (earlier.isEmpty()) {
                neverDone = true;
                missing.add(label + " (none on record)");
            } else {
                LocalDate since = earlier.get(0).on().plus(closer.period()).plusDays(1);
                stopped = stopped == null || since.isBefore(stopped) ? since : stopped;
                missing.add(label + " (last on " + Evaluation.date(earlier.get(0).on()) + ")");
            }
        }
        if (missing.isEmpty()) {
            return Verdict.met(nextDue, evidence, "Both done in time: " + String.join(" and ", spec.closers().stream()
                    .map(c -> evaluation.label(c.label(), c.valueSet())).toList()) + "; due again by "
                    + Evaluation.date(nextDue) + ".");
        }
        String within = AnyOf.lookback(spec.closers().get(0));
        return Verdict.due(neverDone ? null : stopped, evidence, "Needs " + String.join(" and ", missing) + " "
                + within + (evidence.isEmpty() ? "." : "; the other part is done."));
    }
}
