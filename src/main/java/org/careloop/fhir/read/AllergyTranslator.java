package org.careloop.fhir.read;

import java.util.UUID;

import org.careloop.patient.PatientAllergy;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;

/** Allergy row to FHIR R4 AllergyIntolerance. */
final class AllergyTranslator {

    private AllergyTranslator() {
    }

    static AllergyIntolerance toFhir(UUID patientId, PatientAllergy allergy) {
        AllergyIntolerance fhir = new AllergyIntolerance();
        fhir.setId(allergy.id().toString());
        fhir.setPatient(FhirValues.patient(patientId));
        fhir.setCode(FhirValues.concept(allergy.codeSystem(), allergy.code(), allergy.display()));
        fhir.setClinicalStatus(FhirValues.status(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", allergy.clinicalStatus()));
        AllergyIntolerance.AllergyIntoleranceCategory category =
                FhirValues.known(allergy.category(), AllergyIntolerance.AllergyIntoleranceCategory::fromCode);
        if (category != null) {
            fhir.addCategory(category);
        }
        fhir.setCriticality(FhirValues.known(allergy.criticality(),
                AllergyIntolerance.AllergyIntoleranceCriticality::fromCode));
        if (allergy.reaction() != null) {
            fhir.addReaction().addManifestation(new CodeableConcept().setText(allergy.reaction()));
        }
        fhir.setRecordedDate(FhirValues.date(allergy.recordedOn()));
        return fhir;
    }
}
