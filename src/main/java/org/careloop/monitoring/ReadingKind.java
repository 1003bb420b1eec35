package org.careloop.monitoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readings a care manager follows between visits, each with its LOINC code (a blood pressure is the panel
 * 85354-9 with systolic 8480-6 and diastolic 8462-4), the units it may be given in and, per unit, the range a real
 * reading falls in (anything outside is a typing slip, refused).
 */
public enum ReadingKind {
    BLOOD_PRESSURE("85354-9", "Blood pressure panel with all children optional", "vital-signs",
            Map.of("mmHg", new Range("40", "300"))),
    WEIGHT("29463-7", "Body weight", "vital-signs", Map.of("kg", new Range("10", "350"), "lb", new Range("22", "770"))),
    GLUCOSE("2339-0", "Glucose [Mass/volume] in Blood", "laboratory", Map.of("mg/dL", new Range("10", "1000"))),
    SPO2("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "vital-signs",
            Map.of("%", new Range("50", "100"))),
    HEART_RATE("8867-4", "Heart rate", "vital-signs", Map.of("/min", new Range("20", "250"))),
    TEMPERATURE("8310-5", "Body temperature", "vital-signs",
            Map.of("°C", new Range("30", "45"), "°F", new Range("86", "113")));

    public static final String SYSTOLIC = "8480-6";
    public static final String DIASTOLIC = "8462-4";
    /** Diastolic pressure is checked within its own range. */
    static final Range DIASTOLIC_RANGE = new Range("20", "200");

    /** The lowest and highest plausible value, both included. */
    public record Range(BigDecimal low, BigDecimal high) {
        Range(String low, String high) {
            this(new BigDecimal(low), new BigDecimal(high));
        }

        boolean contains(BigDecimal value) {
            return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
        }

        String text(String unit) {
            return "must be between " + low.toPlainString() + " and " + high.toPlainString() + " " + unit;
        }
    }

    private final String loinc;
    private final String display;
    private final String category;
    private final Map<String, Range> units;

    ReadingKind(String loinc, String display, String category, Map<String, Range> units) {
        this.loinc = loinc;
        this.display = display;
        this.category = category;
        this.units = units;
    }

    public String loinc() {
        return loinc;
    }

    public String display() {
        return display;
    }

    String category() {
        return category;
    }

    /** The units this kind may be given in, sorted. */
    public List<String> units() {
        return units.keySet().stream().sorted().toList();
    }

    Optional<Range> range(String unit) {
        return Optional.ofNullable(units.get(unit));
    }

    /** The kind a LOINC code stands for. */
    public static Optional<ReadingKind> ofLoinc(String code) {
        return Arrays.stream(values()).filter(kind -> kind.loinc.equals(code)).findFirst();
    }

    public static List<String> loincCodes() {
        return Arrays.stream(values()).map(ReadingKind::loinc).toList();
    }
}
