package org.careloop.fhir.read;

import java.util.UUID;

import org.careloop.patient.PatientProblem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;

/** Problem-list entry to FHIR R4 Condition, carrying every code the entry holds. */
final class ConditionTranslator {

    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

    private ConditionTranslator() {
    }

    static Condition toFhir(UUID patientId, PatientProblem problem) {
        Condition condition = new Condition();
        condition.setId(problem.id().toString());
        condition.setSubject(FhirValues.patient(patientId));
        CodeableConcept code = new CodeableConcept().setText(problem.display());
        if (problem.codeSystem() != null && problem.code() != null) {
            code.addCoding(new Coding(problem.codeSystem(), problem.code(), problem.display()));
        }
        if (problem.snomedCode() != null && !(SNOMED.equals(problem.codeSystem()) && problem.snomedCode().equals(problem.code()))) {
            code.addCoding(new Coding(SNOMED, problem.snomedCode(), problem.display()));
        }
        if (problem.icd10Code() != null && !(ICD_10_CM.equals(problem.codeSystem()) && problem.icd10Code().equals(problem.code()))) {
            code.addCoding(new Coding(ICD_10_CM, problem.icd10Code(), problem.display()));
        }
        condition.setCode(code);
        condition.setClinicalStatus(FhirValues.status("http://terminology.hl7.org/CodeSystem/condition-clinical",
                problem.clinicalStatus()));
        condition.setVerificationStatus(FhirValues.status("http://terminology.hl7.org/CodeSystem/condition-ver-status",
                problem.verificationStatus()));
        if (problem.category() != null) {
            condition.addCategory(FhirValues.status("http://terminology.hl7.org/CodeSystem/condition-category",
                    problem.category()));
        }
        condition.setOnset(FhirValues.dateTime(problem.onsetAt()));
        condition.setAbatement(FhirValues.dateTime(problem.abatedAt()));
        condition.setRecordedDate(FhirValues.date(problem.recordedOn()));
        return condition;
    }
}
