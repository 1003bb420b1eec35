package org.careloop.fhir.read;

import java.util.UUID;

import org.careloop.patient.PatientImmunization;
import org.hl7.fhir.r4.model.Immunization;

/** Immunization row to FHIR R4 Immunization, vaccine coded in CVX. */
final class ImmunizationTranslator {

    private ImmunizationTranslator() {
    }

    static Immunization toFhir(UUID patientId, PatientImmunization immunization) {
        Immunization fhir = new Immunization();
        fhir.setId(immunization.id().toString());
        fhir.setPatient(FhirValues.patient(patientId));
        fhir.setVaccineCode(FhirValues.concept("http://hl7.org/fhir/sid/cvx", immunization.cvxCode(),
                immunization.display()));
        fhir.setStatus(FhirValues.known(immunization.status(), Immunization.ImmunizationStatus::fromCode));
        fhir.setOccurrence(FhirValues.dateTime(immunization.occurredAt()));
        return fhir;
    }
}
