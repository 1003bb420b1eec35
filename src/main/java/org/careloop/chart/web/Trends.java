package org.careloop.chart.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.PlanGoal;
import org.careloop.monitoring.RaisedAlert;
import org.careloop.monitoring.Readings;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientObservation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vitals and labs a care manager follows in chronic care, over time: blood pressure (LOINC panel 85354-9 with
 * systolic 8480-6 and diastolic 8462-4), HbA1c 4548-4, BMI 39156-5, eGFR 33914-3 and LDL 18262-6. The target line
 * is the care plan goal on that measure; without one, the standard targets of the ADA and ACC/AHA guidelines
 * (HbA1c below 7 %, blood pressure below 130/80) are drawn. Weight and glucose are drawn too; a reading that raised
 * an alert is marked with what it found and the threshold that applied, whose level is drawn as a line.
 */
@Component
class Trends {

    /** Enough history to see a trend without drawing a decade of dots. */
    static final int MOST_POINTS = 40;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** A measure: its LOINC code, components (empty for a single value), unit, goal words and standard target. */
    private record Measure(String key, String code, List<String> components, String unit, List<String> goalWords,
                           String standardTarget) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("bp", "85354-9", List.of("8480-6", "8462-4"), "mmHg", List.of("blood pressure", "bp"), "130/80"),
            new Measure("hba1c", "4548-4", List.of(), "%", List.of("hba1c", "a1c"), "7"),
            new Measure("weight", "29463-7", List.of(), "kg", List.of("weight"), null),
            new Measure("glucose", "2339-0", List.of(), "mg/dL", List.of("glucose"), null),
            new Measure("bmi", "39156-5", List.of(), "kg/m2", List.of("bmi", "body mass"), null),
            new Measure("egfr", "33914-3", List.of(), "mL/min/1.73m2", List.of("egfr"), null),
            new Measure("ldl", "18262-6", List.of(), "mg/dL", List.of("ldl"), null));

    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");
    private static final String IN_ERROR = "entered-in-error";
    private static final java.time.format.DateTimeFormatter ALERT_DAY =
            java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final ClinicalRecord clinicalRecord;
    private final Readings readings;
    private final MessageSource messages;

    Trends(ClinicalRecord clinicalRecord, Readings readings, MessageSource messages) {
        this.clinicalRecord = clinicalRecord;
        this.readings = readings;
        this.messages = messages;
    }

    List<Trend> of(UUID patient, List<CarePlanView> livingPlans) {
        Map<UUID, List<RaisedAlert>> alerts = readings.alertsOf(patient).stream()
                .collect(Collectors.groupingBy(RaisedAlert::readingId));
        List<Trend> trends = new ArrayList<>();
        for (Measure measure : MEASURES) {
            // a reading marked in error stays on the record but is not drawn
            List<PatientObservation> found = clinicalRecord.observations(patient, measure.code()).stream()
                    .filter(observation -> !IN_ERROR.equals(observation.status())).toList();
            trends.add(trend(measure, found.subList(0, Math.min(MOST_POINTS, found.size())), livingPlans, alerts));
        }
        return trends;
    }

    private Trend trend(Measure measure, List<PatientObservation> newestFirst, List<CarePlanView> plans,
                        Map<UUID, List<RaisedAlert>> alerts) {
        List<LocalDate> dates = new ArrayList<>();
        List<Map<String, Object>> marks = new ArrayList<>();
        Map<String, BigDecimal> alertLines = new LinkedHashMap<>();
        List<String> alertNotes = new ArrayList<>();
        List<String> names = measure.components().isEmpty() ? List.of(measure.key())
                : measure.components().stream().map(c -> measure.key() + "." + c).toList();
        List<List<BigDecimal>> values = names.stream().map(n -> (List<BigDecimal>) new ArrayList<BigDecimal>()).toList();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            PatientObservation observation = newestFirst.get(i);
            if (observation.effectiveAt() == null) {
                continue;
            }
            List<BigDecimal> row = measure.components().isEmpty() ? List.of(orNull(inUnit(measure, observation)))
                    : measure.components().stream().map(code -> observation.components().stream()
                            .filter(c -> code.equals(c.code())).map(c -> orNull(c.valueQuantity())).findFirst()
                            .orElse(null)).toList();
            if (row.stream().allMatch(v -> v == null)) {
                continue;
            }
            for (RaisedAlert alert : alerts.getOrDefault(observation.id(), List.of())) {
                String note = text("chart.trend.alert", alert.finding(), alert.threshold(),
                        ALERT_DAY.format(observation.effectiveAt().toLocalDate()));
                marks.add(Map.of("index", dates.size(), "value", row.get(0) == null ? 0 : row.get(0).doubleValue(),
                        "label", note));
                alertNotes.add(note);
                thresholdLevels(alert.threshold()).forEach(level -> alertLines.putIfAbsent(
                        text("chart.trend.alertThreshold", level.stripTrailingZeros().toPlainString()), level));
            }
            dates.add(observation.effectiveAt().toLocalDate());
            for (int s = 0; s < row.size(); s++) {
                values.get(s).add(row.get(s));
            }
        }
        Optional<String> goal = goalTarget(measure, plans);
        String targetText = goal.orElse(measure.standardTarget());
        List<BigDecimal> target = numbers(targetText);
        Trend.TargetSource source = target.isEmpty() ? Trend.TargetSource.NONE
                : goal.isPresent() ? Trend.TargetSource.GOAL : Trend.TargetSource.STANDARD;
        List<Trend.Series> series = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            series.add(new Trend.Series(text("chart.trend." + names.get(s)), values.get(s)));
        }
        return new Trend(measure.key(), measure.code(), measure.unit(), dates, series, target, source, alertNotes,
                json(dates, series, target, source, measure.unit(), marks, alertLines));
    }

    /** A weight in pounds is drawn in kilograms beside the others. */
    private static BigDecimal inUnit(Measure measure, PatientObservation observation) {
        BigDecimal value = observation.valueQuantity();
        if (value != null && "weight".equals(measure.key())
                && ("lb".equals(observation.valueUnit()) || "[lb_av]".equals(observation.valueUnit()))) {
            return value.multiply(KG_PER_LB);
        }
        return value;
    }

    /** The levels of a threshold such as "≥180/≥120 mmHg" or "<54 mg/dL"; a gain or a goal has none to draw. */
    private static List<BigDecimal> thresholdLevels(String threshold) {
        if (threshold == null || threshold.startsWith("+") || threshold.startsWith("care")) {
            return List.of();
        }
        return numbers(threshold);
    }

    /** The target of an open goal of a living plan on this measure ("130/80" from "Blood pressure < 130/80 mmHg"). */
    private static Optional<String> goalTarget(Measure measure, List<CarePlanView> plans) {
        return plans.stream().flatMap(plan -> plan.content().goals().stream())
                .filter(goal -> goal.target() != null && goal.target().measure() != null && goal.target().value() != null)
                .filter(goal -> goal.status() == null || !goal.status().closed())
                .filter(goal -> matches(measure, goal))
                .map(goal -> goal.target().value()).filter(value -> !numbers(value).isEmpty()).findFirst();
    }

    private static boolean matches(Measure measure, PlanGoal goal) {
        String words = goal.target().measure().toLowerCase(Locale.ROOT);
        // "eGFR decline" is a rate of change, not a level to draw against the readings
        return !words.contains("decline") && !words.contains("reduction") && !words.contains("change")
                && measure.goalWords().stream().anyMatch(words::contains);
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> found = new ArrayList<>();
        if (text != null) {
            Matcher matcher = NUMBER.matcher(text);
            while (matcher.find()) {
                found.add(new BigDecimal(matcher.group()));
            }
        }
        return found;
    }

    private String json(List<LocalDate> dates, List<Trend.Series> series, List<BigDecimal> target,
                        Trend.TargetSource source, String unit, List<Map<String, Object>> marks,
                        Map<String, BigDecimal> alertLines) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", dates.stream().map(LocalDate::toString).toList());
        chart.put("unit", unit);
        chart.put("series", series.stream().map(s -> Map.of("label", s.name(), "data", s.values().stream()
                .map(v -> v == null ? null : v.doubleValue()).toList())).toList());
        chart.put("targets", target.stream().map(v -> Map.of("label", text("chart.trend.target." + source.name(),
                v.stripTrailingZeros().toPlainString()), "value", v.doubleValue())).toList());
        chart.put("alerts", marks);
        chart.put("alertLines", alertLines.entrySet().stream().map(line -> Map.of("label", line.getKey(),
                "value", line.getValue().doubleValue())).toList());
        return JSON.writeValueAsString(chart);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static BigDecimal orNull(BigDecimal value) {
        return value == null ? null : value.setScale(Math.min(Math.max(value.scale(), 0), 1), RoundingMode.HALF_UP);
    }
}
