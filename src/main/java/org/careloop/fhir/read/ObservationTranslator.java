package org.careloop.fhir.read;

import java.math.BigDecimal;
import java.util.UUID;

import org.careloop.patient.PatientObservation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/** Observation row (with its panel components) to FHIR R4 Observation. */
final class ObservationTranslator {

    private ObservationTranslator() {
    }

    static Observation toFhir(UUID patientId, PatientObservation observation) {
        Observation fhir = new Observation();
        fhir.setId(observation.id().toString());
        fhir.setSubject(FhirValues.patient(patientId));
        fhir.setStatus(FhirValues.known(observation.status(), Observation.ObservationStatus::fromCode));
        if (observation.category() != null) {
            fhir.addCategory(FhirValues.status("http://terminology.hl7.org/CodeSystem/observation-category",
                    observation.category()));
        }
        fhir.setCode(FhirValues.concept(observation.codeSystem(), observation.code(), observation.display()));
        fhir.setEffective(FhirValues.dateTime(observation.effectiveAt()));
        fhir.setValue(value(observation.valueQuantity(), observation.valueUnit(), observation.valueCode(),
                observation.valueText()));
        for (PatientObservation.Component part : observation.components()) {
            fhir.addComponent().setCode(FhirValues.concept(part.codeSystem(), part.code(), part.display()))
                    .setValue(value(part.valueQuantity(), part.valueUnit(), part.valueCode(), part.valueText()));
        }
        return fhir;
    }

    private static Type value(BigDecimal quantity, String unit, String code, String text) {
        if (quantity != null) {
            return new Quantity().setValue(quantity).setUnit(unit).setSystem(unit == null ? null : "http://unitsofmeasure.org")
                    .setCode(unit);
        }
        if (code != null) {
            return new CodeableConcept().setText(text == null ? code : text)
                    .addCoding(new org.hl7.fhir.r4.model.Coding(null, code, text));
        }
        return text == null ? null : new StringType(text);
    }
}
