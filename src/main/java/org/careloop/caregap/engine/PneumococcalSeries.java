package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.util.List;
import java.util.Optional;

/**
 * {@code PNEUMOCOCCAL_SERIES}: done once for life by a vaccine of {@code complete} (PCV20, PCV21), or by a vaccine of
 * {@code conjugate} (PCV13, PCV15) followed on a later date by one of {@code polysaccharide} (PPSV23).
 */
final class PneumococcalSeries implements GapRule {

    private final Measure.RuleSpec spec;

    PneumococcalSeries(Measure.RuleSpec spec) {
        this.spec = spec;
    }

    @Override
    public Verdict judge(Evaluation evaluation) {
        List<PatientFacts.Fact> complete = evaluation.matching(PatientFacts.Kind.IMMUNIZATION, spec.complete());
        if (!complete.isEmpty()) {
            PatientFacts.Fact dose = complete.get(0);
            return Verdict.met(null, List.of(Evaluation.evidence(dose)), display(dose) + " on "
                    + Evaluation.date(dose.on()) + " completes the series; no further dose is needed.");
        }
        List<PatientFacts.Fact> conjugates = evaluation.matching(PatientFacts.Kind.IMMUNIZATION, spec.conjugate());
        List<PatientFacts.Fact> polysaccharides = evaluation.matching(PatientFacts.Kind.IMMUNIZATION, spec.polysaccharide());
        Optional<PatientFacts.Fact> firstConjugate = conjugates.stream().reduce((newer, older) -> older);
        if (firstConjugate.isPresent()) {
            PatientFacts.Fact conjugate = firstConjugate.get();
            Optional<PatientFacts.Fact> after = polysaccharides.stream().filter(p -> p.on().isAfter(conjugate.on())).findFirst();
            if (after.isPresent()) {
                return Verdict.met(null, List.of(Evaluation.evidence(conjugate), Evaluation.evidence(after.get())),
                        display(conjugate) + " on " + Evaluation.date(conjugate.on()) + " followed by PPSV23 on "
                                + Evaluation.date(after.get().on()) + " completes the series.");
            }
            return Verdict.due(null, List.of(Evaluation.evidence(conjugate)), display(conjugate) + " on "
                    + Evaluation.date(conjugate.on()) + " needs PPSV23 (at least a year later) or PCV20/PCV21 to complete the series.");
        }
        if (!polysaccharides.isEmpty()) {
            return Verdict.due(null, List.of(Evaluation.evidence(polysaccharides.get(0))), "PPSV23 on "
                    + Evaluation.date(polysaccharides.get(0).on())
                    + " alone does not complete the series: PCV20 or PCV21 is needed (at least a year after it).");
        }
        return Verdict.due(null, List.of(), "No pneumococcal conjugate vaccine on record: PCV20 or PCV21 is recommended.");
    }

    private static String display(PatientFacts.Fact dose) {
        return dose.display() == null ? "CVX " + dose.firstCode() : dose.display();
    }
}
