package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * {@code SINCE_SEASON_START}: closed by an entry of {@code valueSet} dated on or after the latest {@code seasonStart}
 * (July 1 for influenza) on or before the evaluation date; it counts until the day before the next season starts.
 */
final class SinceSeasonStart implements GapRule {

    private final Measure.RuleSpec spec;

    SinceSeasonStart(Measure.RuleSpec spec) {
        this.spec = spec;
    }

    static LocalDate seasonStart(MonthDay start, LocalDate asOf) {
        LocalDate thisYear = start.atYear(asOf.getYear());
        return thisYear.isAfter(asOf) ? thisYear.minusYears(1) : thisYear;
    }

    @Override
    public Verdict judge(Evaluation evaluation) {
        LocalDate season = seasonStart(spec.season(), evaluation.asOf());
        List<PatientFacts.Fact> given = evaluation.matching(PatientFacts.Kind.IMMUNIZATION, spec.valueSet());
        String label = evaluation.valueSet(spec.valueSet()).title();
        String seasonName = season.getYear() + "-" + String.valueOf(season.getYear() + 1).substring(2);
        if (!given.isEmpty() && !given.get(0).on().isBefore(season)) {
            LocalDate until = season.plusYears(1).minusDays(1);
            return Verdict.met(until, List.of(Evaluation.evidence(given.get(0))), AnyOf.capitalized(label) + " given on "
                    + Evaluation.date(given.get(0).on()) + " covers the " + seasonName + " season.");
        }
        return Verdict.due(season, given.isEmpty() ? List.of() : List.of(Evaluation.evidence(given.get(0))),
                "No " + label.toLowerCase(java.util.Locale.ROOT) + " since " + Evaluation.date(season) + " (the "
                        + seasonName + " season)" + (given.isEmpty() ? "." : "; the last was on "
                        + Evaluation.date(given.get(0).on()) + "."));
    }
}
