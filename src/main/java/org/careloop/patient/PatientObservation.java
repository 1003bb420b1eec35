package org.careloop.patient;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A measurement, lab result or screening score. A panel such as a blood pressure keeps its parts (systolic,
 * diastolic) as {@code components}.
 */
public record PatientObservation(UUID id, String status, String category, String codeSystem, String code,
                                 String display, BigDecimal valueQuantity, String valueUnit, String valueCode,
                                 String valueText, OffsetDateTime effectiveAt, List<Component> components) {

    public PatientObservation {
        components = List.copyOf(components);
    }

    /** One part of a panel observation. */
    public record Component(String codeSystem, String code, String display, BigDecimal valueQuantity,
                            String valueUnit, String valueCode, String valueText) {
    }
}
