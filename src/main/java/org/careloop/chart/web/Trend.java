package org.careloop.chart.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One vital or lab over time, ready for a line chart: the dates, one series per part (systolic and diastolic for a
 * blood pressure), and the target to draw as a horizontal line, from the patient's care plan goal when there is
 * one, else the standard target; {@code alerts} says which readings raised an alert and under which threshold
 * (the chart marks them and draws the threshold). {@code json} is what the chart script draws.
 */
public record Trend(String key, String code, String unit, List<LocalDate> dates, List<Series> series, List<BigDecimal> target,
             TargetSource targetSource, List<String> alerts, String json) {

    public Trend {
        dates = List.copyOf(dates);
        series = List.copyOf(series);
        target = List.copyOf(target);
        alerts = List.copyOf(alerts);
    }

    /** One line of the chart. */
    public record Series(String name, List<BigDecimal> values) {
    }

    /** Where the target line comes from. */
    public enum TargetSource { GOAL, STANDARD, NONE }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    public LocalDate latestOn() {
        return dates.isEmpty() ? null : dates.get(dates.size() - 1);
    }

    /** The latest reading as a clinician writes it: "128/82" or "6.8". */
    public String latest() {
        if (dates.isEmpty()) {
            return null;
        }
        return String.join("/", series.stream().map(s -> {
            BigDecimal value = s.values().get(s.values().size() - 1);
            return value == null ? "?" : value.stripTrailingZeros().toPlainString();
        }).toList());
    }

    public String targetText() {
        return String.join("/", target.stream().map(v -> v.stripTrailingZeros().toPlainString()).toList());
    }
}
