package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careloop.caregap.CareGap;
import org.careloop.caregap.GapEvidence;
import org.careloop.caregap.GapStatus;

/**
 * Evaluates every measure for one patient on one date, knowing nothing of where the facts came from. Order of
 * decision: a patient who died is NOT_APPLICABLE; no birth date (or no sex for a sex-specific measure) is NOT_EVALUATED; outside the age range, the other
 * sex or without an active qualifying condition is NOT_APPLICABLE; an exclusion is NOT_APPLICABLE with its reason;
 * otherwise the measure's rule decides DUE or SATISFIED. A DUE measure is due since the later of the day the patient
 * entered the population (reached the minimum age, or the qualifying condition's onset) and the day the last
 * evidence stopped counting.
 */
public final class CareGapEngine {

    private final Measures measures;
    private final Map<String, GapRule> rules;

    public CareGapEngine(Measures measures) {
        this.measures = measures;
        this.rules = measures.all().stream().collect(Collectors.toMap(Measure::id, m -> GapRules.of(m.rule())));
    }

    public static CareGapEngine standard() {
        return new CareGapEngine(Measures.standard());
    }

    public Measures measures() {
        return measures;
    }

    public List<CareGap> evaluate(PatientFacts patient, LocalDate asOf) {
        return measures.all().stream().map(measure -> evaluate(measure, patient, asOf)).toList();
    }

    public CareGap evaluate(Measure measure, PatientFacts patient, LocalDate asOf) {
        Measure.Population population = measure.population();
        Function<String, CareGap> notEvaluated = why -> gap(measure, GapStatus.NOT_EVALUATED, null, null, List.of(), why);
        Function<String, CareGap> notApplicable = why -> gap(measure, GapStatus.NOT_APPLICABLE, null, null, List.of(), why);
        if (patient.deceased()) {
            return notApplicable.apply("The patient has died.");
        }
        if (patient.birthDate() == null) {
            return notEvaluated.apply("Birth date unknown: cannot tell whether the measure (" + population.describes()
                    + ") applies. Record the birth date.");
        }
        if (population.sex() != null && !knownSex(patient.sex())) {
            return notEvaluated.apply("Sex unknown: the measure applies to " + population.describes()
                    + ". Record the patient's sex.");
        }
        int age = patient.birthDate().isAfter(asOf) ? -1 : Period.between(patient.birthDate(), asOf).getYears();
        if ((population.minAge() != null && age < population.minAge())
                || (population.maxAge() != null && age > population.maxAge())) {
            return notApplicable.apply("Applies to " + population.describes() + "; the patient is " + age + ".");
        }
        if (population.sex() != null && !population.sex().equalsIgnoreCase(patient.sex())) {
            return notApplicable.apply("Applies to " + population.describes() + " only.");
        }
        Evaluation evaluation = new Evaluation(patient, asOf, measures);
        LocalDate entered = population.minAge() == null ? patient.birthDate() : patient.birthDate().plusYears(population.minAge());
        if (!population.conditions().isEmpty()) {
            Optional<PatientFacts.Fact> condition = activeCondition(evaluation, population.conditions());
            if (condition.isEmpty()) {
                return notApplicable.apply("Applies to " + population.describes() + "; no active "
                        + String.join(" or ", population.conditions().stream()
                                .map(name -> measures.valueSet(name).title().toLowerCase(Locale.ROOT)).toList())
                        + " on the problem list.");
            }
            if (condition.get().on() != null && condition.get().on().isAfter(entered)) {
                entered = condition.get().on();
            }
        }
        for (Measure.Exclusion exclusion : measure.exclusions()) {
            Optional<PatientFacts.Fact> excluding = excluding(evaluation, exclusion);
            if (excluding.isPresent()) {
                return gap(measure, GapStatus.NOT_APPLICABLE, null, null, List.of(Evaluation.evidence(excluding.get())),
                        "Excluded: " + exclusion.reason() + " (" + describe(excluding.get()) + ").");
            }
        }
        Verdict verdict = rules.get(measure.id()).judge(evaluation);
        if (verdict.met()) {
            return gap(measure, GapStatus.SATISFIED, null, verdict.nextDue(), verdict.evidence(), verdict.explanation());
        }
        LocalDate dueSince = verdict.stoppedCounting() == null || verdict.stoppedCounting().isBefore(entered)
                ? entered : verdict.stoppedCounting();
        return gap(measure, GapStatus.DUE, dueSince, null, verdict.evidence(), verdict.explanation());
    }

    private static boolean knownSex(String sex) {
        return sex != null && (sex.equalsIgnoreCase("female") || sex.equalsIgnoreCase("male"));
    }

    /** The earliest-onset condition of the value sets active on the evaluation date (onset unknown counts). */
    private static Optional<PatientFacts.Fact> activeCondition(Evaluation evaluation, List<String> valueSets) {
        LocalDate asOf = evaluation.asOf();
        return valueSets.stream().map(evaluation::valueSet).flatMap(set -> evaluation.patient().facts().stream()
                        .filter(f -> f.kind() == PatientFacts.Kind.CONDITION && f.active() && set.matches(f.codings())))
                .filter(f -> f.on() == null || !f.on().isAfter(asOf))
                .filter(f -> f.endedOn() == null || f.endedOn().isAfter(asOf))
                .min(java.util.Comparator.comparing(f -> f.on() == null ? LocalDate.MAX : f.on()));
    }

    private static Optional<PatientFacts.Fact> excluding(Evaluation evaluation, Measure.Exclusion exclusion) {
        Period lookback = exclusion.period();
        LocalDate from = lookback == null ? LocalDate.MIN : evaluation.windowStart(lookback);
        ValueSet set = evaluation.valueSet(exclusion.valueSet());
        return evaluation.patient().facts().stream()
                .filter(f -> f.kind() == exclusion.fact() && set.matches(f.codings()))
                .filter(f -> f.on() == null ? lookback == null : !f.on().isAfter(evaluation.asOf()) && !f.on().isBefore(from))
                .filter(f -> !exclusion.active() || (f.active() && (f.endedOn() == null || f.endedOn().isAfter(evaluation.asOf()))))
                .findFirst();
    }

    private static String describe(PatientFacts.Fact fact) {
        String what = fact.display() == null ? "code " + fact.firstCode() : fact.display();
        return fact.on() == null ? what : what + ", " + Evaluation.date(fact.on());
    }

    private static CareGap gap(Measure measure, GapStatus status, LocalDate dueSince, LocalDate nextDue,
                               List<GapEvidence> evidence, String explanation) {
        return new CareGap(measure.id(), measure.title(), status, dueSince, nextDue, evidence, explanation);
    }
}
