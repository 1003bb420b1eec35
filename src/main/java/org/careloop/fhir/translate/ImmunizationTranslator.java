package org.careloop.fhir.translate;

import java.util.UUID;

import org.careloop.patient.ImportedClinicalRecords.ImportedImmunization;
import org.careloop.patient.PatientImmunization;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Immunization;

/** An immunization both ways, the vaccine coded in CVX. */
public final class ImmunizationTranslator {

    private ImmunizationTranslator() {
    }

    public static Immunization toFhir(UUID patientId, PatientImmunization immunization) {
        Immunization fhir = new Immunization();
        fhir.setId(immunization.id().toString());
        fhir.setPatient(FhirValues.patient(patientId));
        fhir.setVaccineCode(FhirValues.concept("http://hl7.org/fhir/sid/cvx", immunization.cvxCode(),
                immunization.display()));
        fhir.setStatus(FhirValues.known(immunization.status(), Immunization.ImmunizationStatus::fromCode));
        fhir.setOccurrence(FhirValues.dateTime(immunization.occurredAt()));
        return fhir;
    }

    public static ImportedImmunization fromFhir(String sourceKey, Immunization i, BundleLinks links) {
        Coding code = FhirValues.coding(i.getVaccineCode(), FhirValues.CVX);
        return new ImportedImmunization(sourceKey, code.getCode(), code.getDisplay(),
                FhirValues.code(i.getStatusElement()), FhirValues.start(i.getOccurrence()),
                links.sourceKey(i.getEncounter(), "Encounter"), FhirValues.allCodings(i.getVaccineCode()));
    }
}
