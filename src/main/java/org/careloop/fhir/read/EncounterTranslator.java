package org.careloop.fhir.read;

import java.util.UUID;

import org.careloop.patient.PatientEncounter;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;

/** Encounter row to FHIR R4 Encounter. */
final class EncounterTranslator {

    private EncounterTranslator() {
    }

    static Encounter toFhir(UUID patientId, PatientEncounter encounter) {
        Encounter fhir = new Encounter();
        fhir.setId(encounter.id().toString());
        fhir.setSubject(FhirValues.patient(patientId));
        fhir.setStatus(FhirValues.known(encounter.status(), Encounter.EncounterStatus::fromCode));
        if (encounter.classCode() != null) {
            fhir.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", encounter.classCode(), null));
        }
        if (encounter.typeCode() != null) {
            fhir.addType(FhirValues.concept(encounter.typeSystem(), encounter.typeCode(), encounter.typeDisplay()));
        }
        fhir.setPeriod(new Period().setStart(FhirValues.date(encounter.periodStart()))
                .setEnd(FhirValues.date(encounter.periodEnd())));
        if (encounter.reasonCode() != null) {
            fhir.addReasonCode(FhirValues.concept(ConditionTranslator.SNOMED, encounter.reasonCode(),
                    encounter.reasonDisplay()));
        }
        return fhir;
    }
}
