package org.careloop.fhir.translate;

import java.util.List;

import org.careloop.patient.NewObservation;
import org.careloop.patient.ObservationSource;
import org.careloop.patient.PatientObservation;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/** A device's FHIR Observation as the measurement CareLoop stores: LOINC code, value or parts, unit, time taken. */
public final class DeviceObservationTranslator {

    private DeviceObservationTranslator() {
    }

    public static NewObservation fromFhir(Observation o) {
        Coding code = FhirValues.coding(o.getCode(), FhirValues.LOINC);
        List<PatientObservation.Component> components = o.getComponent().stream().map(c -> {
            Coding part = FhirValues.coding(c.getCode(), FhirValues.LOINC);
            var value = FhirValues.value(c.getValue());
            return new PatientObservation.Component(FhirValues.LOINC, part.getCode(), part.getDisplay(),
                    value.quantity(), value.unit(), null, null);
        }).toList();
        var value = FhirValues.value(o.getValue());
        String category = o.getCategory().isEmpty() ? "vital-signs" : FhirValues.first(o.getCategory()).getCode();
        return new NewObservation(category == null ? "vital-signs" : category, code.getCode(), code.getDisplay(),
                value.quantity(), value.unit(), o.hasEffective() ? FhirValues.start(o.getEffective()) : null,
                components, ObservationSource.DEVICE);
    }
}
