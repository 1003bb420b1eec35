package org.careloop.fhir.translate;

import java.util.UUID;

import org.careloop.patient.ImportedClinicalRecords.ImportedAllergy;
import org.careloop.patient.PatientAllergy;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** An allergy both ways: the allergy row to FHIR R4 AllergyIntolerance, and an EHR's AllergyIntolerance to the row. */
public final class AllergyTranslator {

    private AllergyTranslator() {
    }

    public static AllergyIntolerance toFhir(UUID patientId, PatientAllergy allergy) {
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

    public static ImportedAllergy fromFhir(String sourceKey, AllergyIntolerance a) {
        Coding code = FhirValues.coding(a.getCode());
        String category = a.getCategory().isEmpty() ? null : a.getCategory().get(0).getCode();
        String reaction = a.getReaction().isEmpty() || !a.getReactionFirstRep().hasManifestation() ? null
                : FhirValues.display(a.getReactionFirstRep().getManifestationFirstRep());
        return new ImportedAllergy(sourceKey, code.getSystem(), code.getCode(), code.getDisplay(), category,
                FhirValues.code(a.getCriticalityElement()), FhirValues.coding(a.getClinicalStatus()).getCode(),
                reaction, FhirValues.day(a.getRecordedDateElement()));
    }
}
