package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.careloop.caregap.GapEvidence;

/** One measure evaluated for one patient on one date: the facts, the value sets, and helpers the rules share. */
final class Evaluation {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final PatientFacts patient;
    private final LocalDate asOf;
    private final Measures measures;

    Evaluation(PatientFacts patient, LocalDate asOf, Measures measures) {
        this.patient = patient;
        this.asOf = asOf;
        this.measures = measures;
    }

    LocalDate asOf() {
        return asOf;
    }

    PatientFacts patient() {
        return patient;
    }

    ValueSet valueSet(String name) {
        return measures.valueSet(name);
    }

    /** Dated entries of the kind in the value set, on or before the evaluation date, newest first. */
    List<PatientFacts.Fact> matching(PatientFacts.Kind kind, String valueSet) {
        ValueSet set = valueSet(valueSet);
        return patient.facts().stream()
                .filter(f -> f.kind() == kind && f.on() != null && !f.on().isAfter(asOf) && set.matches(f.codings()))
                .sorted(Comparator.comparing(PatientFacts.Fact::on).reversed()).toList();
    }

    /** The first day that counts for a lookback: the evaluation date minus N calendar months or years. */
    LocalDate windowStart(Period lookback) {
        return asOf.minus(lookback);
    }

    Optional<PatientFacts.Fact> latestWithin(PatientFacts.Kind kind, String valueSet, Period lookback) {
        LocalDate from = windowStart(lookback);
        return matching(kind, valueSet).stream().filter(f -> !f.on().isBefore(from)).findFirst();
    }

    static GapEvidence evidence(PatientFacts.Fact fact, String value) {
        return new GapEvidence(fact.kind().name(), fact.firstCode(), fact.display(), fact.on(), value);
    }

    static GapEvidence evidence(PatientFacts.Fact fact) {
        return evidence(fact, fact.value() == null ? null
                : fact.value().stripTrailingZeros().toPlainString() + (fact.unit() == null ? "" : " " + fact.unit()));
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    String label(String label, String valueSet) {
        return label != null ? label : valueSet(valueSet).title();
    }

    /** The care-plan goal for one of these measures, if the plan holds one with {@code <} or {@code <=}. */
    Optional<PatientFacts.Goal> goal(List<String> measureNames) {
        return patient.goals().stream()
                .filter(g -> g.measure() != null && g.value() != null && g.comparator() != null
                        && (g.comparator().equals("<") || g.comparator().equals("<="))
                        && measureNames.contains(g.measure().trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
