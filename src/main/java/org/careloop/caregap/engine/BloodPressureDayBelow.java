package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.careloop.caregap.GapEvidence;

/**
 * {@code BP_DAY_BELOW}: on the most recent day within {@code lookback} with a systolic and a diastolic reading
 * (blood pressure panels' components or separate observations), the lowest systolic must be below
 * {@code systolicBelow} and the lowest diastolic below {@code diastolicBelow}, or below the care-plan goal
 * ({@code Blood pressure < 130/80}) when the plan holds one for one of {@code goalMeasures}.
 */
final class BloodPressureDayBelow implements GapRule {

    /** The value sets this rule reads: whatever loads a patient's facts must load these too. */
    static final List<String> VALUE_SETS = List.of("bloodPressurePanel", "systolic", "diastolic");

    private final Measure.RuleSpec spec;

    BloodPressureDayBelow(Measure.RuleSpec spec) {
        this.spec = spec;
    }

    private static final class Day {
        BigDecimal systolic;
        BigDecimal diastolic;
        final List<PatientFacts.Fact> readings = new ArrayList<>();

        void systolic(BigDecimal value) {
            systolic = systolic == null || value.compareTo(systolic) < 0 ? value : systolic;
        }

        void diastolic(BigDecimal value) {
            diastolic = diastolic == null || value.compareTo(diastolic) < 0 ? value : diastolic;
        }

        boolean complete() {
            return systolic != null && diastolic != null;
        }
    }

    @Override
    public Verdict judge(Evaluation evaluation) {
        ValueSet systolic = evaluation.valueSet("systolic");
        ValueSet diastolic = evaluation.valueSet("diastolic");
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        for (PatientFacts.Fact panel : evaluation.matching(PatientFacts.Kind.OBSERVATION, "bloodPressurePanel")) {
            Day day = days.computeIfAbsent(panel.on(), d -> new Day());
            day.readings.add(panel);
            for (PatientFacts.Part part : panel.parts()) {
                if (part.value() != null && systolic.matches(part.codings())) {
                    day.systolic(part.value());
                } else if (part.value() != null && diastolic.matches(part.codings())) {
                    day.diastolic(part.value());
                }
            }
        }
        for (PatientFacts.Fact reading : evaluation.matching(PatientFacts.Kind.OBSERVATION, "systolic")) {
            if (reading.value() != null) {
                Day day = days.computeIfAbsent(reading.on(), d -> new Day());
                day.readings.add(reading);
                day.systolic(reading.value());
            }
        }
        for (PatientFacts.Fact reading : evaluation.matching(PatientFacts.Kind.OBSERVATION, "diastolic")) {
            if (reading.value() != null) {
                Day day = days.computeIfAbsent(reading.on(), d -> new Day());
                day.readings.add(reading);
                day.diastolic(reading.value());
            }
        }
        days.values().removeIf(day -> !day.complete());
        LocalDate from = evaluation.windowStart(spec.period());
        if (days.isEmpty() || days.lastKey().isBefore(from)) {
            return days.isEmpty() ? Verdict.due(null, List.of(), "No blood pressure reading on record.")
                    : Verdict.due(days.lastKey().plus(spec.period()).plusDays(1), List.of(),
                            "No blood pressure reading in the last " + AnyOf.describe(spec.period()) + "; the last was on "
                                    + Evaluation.date(days.lastKey()) + ".");
        }
        LocalDate on = days.lastKey();
        Day day = days.get(on);
        BigDecimal systolicLimit = spec.systolicBelow();
        BigDecimal diastolicLimit = spec.diastolicBelow();
        Optional<PatientFacts.Goal> goal = evaluation.goal(spec.goalMeasures());
        String target = "< " + Evaluation.number(systolicLimit) + "/" + Evaluation.number(diastolicLimit);
        if (goal.isPresent() && goal.get().comparator().equals("<")) {
            String[] parts = goal.get().value().split("/");
            Optional<BigDecimal> goalSystolic = LatestResultBelow.number(parts[0]);
            Optional<BigDecimal> goalDiastolic = parts.length > 1 ? LatestResultBelow.number(parts[1]) : Optional.empty();
            if (goalSystolic.isPresent() && goalDiastolic.isPresent()) {
                systolicLimit = goalSystolic.get();
                diastolicLimit = goalDiastolic.get();
                target = "the care-plan goal < " + Evaluation.number(systolicLimit) + "/" + Evaluation.number(diastolicLimit);
            }
        }
        String reading = Evaluation.number(day.systolic) + "/" + Evaluation.number(day.diastolic) + " mmHg";
        List<GapEvidence> evidence = List.of(new GapEvidence("OBSERVATION", "85354-9", "Blood pressure, lowest of the day",
                on, reading));
        String said = "Most recent blood pressure day " + Evaluation.date(on) + ": lowest " + reading;
        if (day.systolic.compareTo(systolicLimit) < 0 && day.diastolic.compareTo(diastolicLimit) < 0) {
            LocalDate until = on.plus(spec.period());
            return Verdict.met(until, evidence, said + " meets " + target + ".");
        }
        return Verdict.due(on, evidence, said + " is not " + target + ".");
    }
}
