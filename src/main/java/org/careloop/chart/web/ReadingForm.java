package org.careloop.chart.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.careloop.monitoring.NewReading;
import org.careloop.monitoring.ReadingKind;

/**
 * The chart's "Key in a reading" form, as typed: what the patient reads out on the phone or the clinic measured.
 * Numbers and the time stay text until {@link #reading} reads them, so a slip ("12O") is named by its field, and the
 * time is the practice's wall-clock time (a {@code datetime-local} field).
 */
record ReadingForm(String kind, String systolic, String diastolic, String value, String unit, String takenAt,
                   String source) {

    static final String PHONE = "PATIENT_REPORTED";
    static final List<String> SOURCES = List.of(PHONE, "CLINIC");

    /** A blood pressure read out on the phone just now, the most common call. */
    static ReadingForm blank(Clock clock) {
        return new ReadingForm(ReadingKind.BLOOD_PRESSURE.name(), null, null, null, "mmHg",
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString(), PHONE);
    }

    /** What the form shows: the fields as typed, the errors by field, and the choices. */
    static Map<String, Object> model(ReadingForm form, Map<String, String> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("readingForm", form);
        model.put("readingErrors", errors);
        model.put("readingKinds", ReadingKind.values());
        model.put("readingUnits", Arrays.stream(ReadingKind.values())
                .flatMap(kind -> kind.units().stream().map(unit -> new Unit(unit, kind.name()))).toList());
        model.put("readingSources", SOURCES);
        return model;
    }

    /** A unit and the kind it measures, so the page offers a kind's own units first. */
    record Unit(String unit, String kind) {
    }

    /** The reading for {@code Readings.record}; a number or time that cannot be read is refused naming its field. */
    NewReading reading(ZoneId zone) {
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal systolicValue = number("systolic", systolic, problems);
        BigDecimal diastolicValue = number("diastolic", diastolic, problems);
        BigDecimal readingValue = number("value", value, problems);
        java.time.OffsetDateTime taken = null;
        if (blank(takenAt)) {
            problems.put("takenAt", "is required");
        } else {
            try {
                taken = LocalDateTime.parse(takenAt.trim()).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                problems.put("takenAt", "must be a date and time such as 2026-11-30T09:15");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return new NewReading(kind, systolicValue, diastolicValue, readingValue, unit, taken, source);
    }

    private static BigDecimal number(String field, String text, Map<String, String> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            problems.put(field, "must be a number");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
