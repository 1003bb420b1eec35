package org.careloop.fhir.translate;

import java.util.UUID;

import org.careloop.patient.ImportedClinicalRecords.ImportedProcedure;
import org.careloop.patient.PatientProcedure;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;

/** A procedure both ways: the procedure row to FHIR R4 Procedure, and an EHR's Procedure to the row. */
public final class ProcedureTranslator {

    private ProcedureTranslator() {
    }

    public static Procedure toFhir(UUID patientId, PatientProcedure procedure) {
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

    public static ImportedProcedure fromFhir(String sourceKey, Procedure p, BundleLinks links) {
        Coding code = FhirValues.coding(p.getCode());
        return new ImportedProcedure(sourceKey, code.getSystem(), code.getCode(), code.getDisplay(),
                FhirValues.code(p.getStatusElement()), FhirValues.start(p.getPerformed()), FhirValues.end(p.getPerformed()),
                ConditionTranslator.reasonCode(p.getReasonCode(), p.getReasonReference(), links),
                links.sourceKey(p.getEncounter(), "Encounter"), FhirValues.allCodings(p.getCode()));
    }
}
