package org.careloop.fhir.translate;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.careloop.patient.ImportedClinicalRecords.Component;
import org.careloop.patient.ImportedClinicalRecords.ImportedObservation;
import org.careloop.patient.PatientObservation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/** A measurement both ways: the observation row (with its panel components) to FHIR R4 Observation, and back. */
public final class ObservationTranslator {

    private ObservationTranslator() {
    }

    public static Observation toFhir(UUID patientId, PatientObservation observation) {
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

    public static ImportedObservation fromFhir(String sourceKey, Observation o, BundleLinks links) {
        Coding code = FhirValues.coding(o.getCode(), FhirValues.LOINC);
        List<Component> components = o.getComponent().stream().map(c -> {
            Coding part = FhirValues.coding(c.getCode(), FhirValues.LOINC);
            return new Component(part.getSystem(), part.getCode(), part.getDisplay(), FhirValues.value(c.getValue()));
        }).toList();
        var effective = o.hasEffective() ? FhirValues.start(o.getEffective()) : FhirValues.instant(o.getIssuedElement());
        return new ImportedObservation(sourceKey, FhirValues.code(o.getStatusElement()),
                FhirValues.first(o.getCategory()).getCode(), code.getSystem(), code.getCode(), code.getDisplay(),
                FhirValues.value(o.getValue()), effective, links.sourceKey(o.getEncounter(), "Encounter"), components,
                FhirValues.allCodings(o.getCode()));
    }
}
