package org.careloop.fhir.read;

import java.util.UUID;

import org.careloop.patient.PatientProcedure;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;

/** Procedure row to FHIR R4 Procedure. */
final class ProcedureTranslator {

    private ProcedureTranslator() {
    }

    static Procedure toFhir(UUID patientId, PatientProcedure procedure) {
        Procedure fhir = new Procedure();
        fhir.setId(procedure.id().toString());
        fhir.setSubject(FhirValues.patient(patientId));
        fhir.setCode(FhirValues.concept(procedure.codeSystem(), procedure.code(), procedure.display()));
        fhir.setStatus(FhirValues.known(procedure.status(), Procedure.ProcedureStatus::fromCode));
        if (procedure.performedStart() != null) {
            fhir.setPerformed(new Period().setStart(FhirValues.date(procedure.performedStart()))
                    .setEnd(FhirValues.date(procedure.performedEnd())));
        }
        if (procedure.reasonCode() != null) {
            fhir.addReasonCode(FhirValues.concept(ConditionTranslator.SNOMED, procedure.reasonCode(), null));
        }
        return fhir;
    }
}
