package org.careloop.patient;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A measurement entered in CareLoop rather than imported: LOINC-coded, with its value or its panel's parts, when it
 * was taken, where it came from ({@link ObservationSource}) and — for a device — which device sent it
 * ({@code enteredVia}). The person who entered it is the caller.
 */
public record NewObservation(String category, String code, String display, BigDecimal valueQuantity, String valueUnit,
                             OffsetDateTime effectiveAt, List<PatientObservation.Component> components,
                             ObservationSource source) {

    public NewObservation {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
