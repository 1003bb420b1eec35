package org.careloop.fhir.read;

import java.util.UUID;

import org.careloop.patient.PatientMedication;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Resource;

/** Medication row to FHIR R4 MedicationRequest (a prescription) or MedicationStatement (what the patient reports). */
final class MedicationTranslator {

    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private MedicationTranslator() {
    }

    static Resource toFhir(UUID patientId, PatientMedication medication) {
        CodeableConcept drug = FhirValues.concept(RXNORM, medication.rxnormCode(), medication.display());
        if ("MedicationStatement".equals(medication.sourceType())) {
            MedicationStatement statement = new MedicationStatement();
            statement.setId(medication.id().toString());
            statement.setSubject(FhirValues.patient(patientId));
            statement.setMedication(drug);
            statement.setStatus(FhirValues.known(medication.status(),
                    MedicationStatement.MedicationStatementStatus::fromCode));
            statement.setDateAsserted(FhirValues.date(medication.authoredAt()));
            if (medication.dose() != null) {
                statement.addDosage().setText(medication.dose());
            }
            return statement;
        }
        MedicationRequest request = new MedicationRequest();
        request.setId(medication.id().toString());
        request.setSubject(FhirValues.patient(patientId));
        request.setMedication(drug);
        request.setStatus(FhirValues.known(medication.status(), MedicationRequest.MedicationRequestStatus::fromCode));
        request.setIntent(FhirValues.known(medication.intent(), MedicationRequest.MedicationRequestIntent::fromCode));
        request.setAuthoredOn(FhirValues.date(medication.authoredAt()));
        if (medication.dose() != null) {
            request.addDosageInstruction().setText(medication.dose());
        }
        if (medication.reasonCode() != null) {
            request.addReasonCode(FhirValues.concept(ConditionTranslator.SNOMED, medication.reasonCode(), null));
        }
        return request;
    }
}
