package org.careloop.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A reading keyed in by the care team: {@code kind} (BLOOD_PRESSURE, WEIGHT, GLUCOSE, SPO2, HEART_RATE,
 * TEMPERATURE), systolic and diastolic for a blood pressure or the value for the others, the unit, when it was taken
 * and its source (CLINIC or PATIENT_REPORTED). Kind and source are words so that a wrong one is refused by name.
 */
public record NewReading(String kind, BigDecimal systolic, BigDecimal diastolic, BigDecimal value, String unit,
                         OffsetDateTime takenAt, String source) {
}
