package org.careloop.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reading as the protocols judge it: its kind, systolic and diastolic pressure for a blood pressure, otherwise its
 * value, the unit and when it was taken.
 */
record Measurement(UUID id, ReadingKind kind, BigDecimal systolic, BigDecimal diastolic, BigDecimal value, String unit,
                   OffsetDateTime takenAt) {

    private static final BigDecimal POUNDS_PER_KG = new BigDecimal("2.20462");

    /** A weight in pounds, whatever unit it was taken in. */
    BigDecimal pounds() {
        return "kg".equals(unit) ? value.multiply(POUNDS_PER_KG) : value;
    }

    /** The reading as a clinician says it: "BP 184/112", "glucose 52 mg/dL", "SpO2 86 %". */
    String text() {
        return switch (kind) {
            case BLOOD_PRESSURE -> "BP " + AlertProtocol.plain(systolic) + "/" + AlertProtocol.plain(diastolic);
            case GLUCOSE -> "glucose " + AlertProtocol.plain(value) + " " + unit;
            case SPO2 -> "SpO2 " + AlertProtocol.plain(value) + " %";
            case WEIGHT -> "weight " + AlertProtocol.plain(value) + " " + unit;
            case HEART_RATE -> "heart rate " + AlertProtocol.plain(value) + " /min";
            case TEMPERATURE -> "temperature " + AlertProtocol.plain(value) + " " + unit;
        };
    }
}
