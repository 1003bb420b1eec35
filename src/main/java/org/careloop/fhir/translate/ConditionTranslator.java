package org.careloop.fhir.translate;

import java.util.List;
import java.util.UUID;

import org.careloop.patient.ImportedClinicalRecords.ImportedCondition;
import org.careloop.patient.PatientProblem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;

/**
 * A problem both ways: the problem-list entry to FHIR R4 Condition, carrying every code the entry holds, and an
 * EHR's Condition to the problem CareLoop keeps (SNOMED CT preferred).
 */
public final class ConditionTranslator {

    static final String SNOMED = FhirValues.SNOMED;
    static final String ICD_10_CM = FhirValues.ICD_10_CM;

    private ConditionTranslator() {
    }

    public static Condition toFhir(UUID patientId, PatientProblem problem) {
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

    public static ImportedCondition fromFhir(String sourceKey, Condition c, BundleLinks links) {
        Coding code = FhirValues.coding(c.getCode(), SNOMED);
        return new ImportedCondition(sourceKey, code.getSystem(), code.getCode(), code.getDisplay(),
                FhirValues.first(c.getCategory()).getCode(), FhirValues.coding(c.getClinicalStatus()).getCode(),
                FhirValues.coding(c.getVerificationStatus()).getCode(), FhirValues.start(c.getOnset()),
                FhirValues.start(c.getAbatement()), FhirValues.day(c.getRecordedDateElement()),
                links.sourceKey(c.getEncounter(), "Encounter"), FhirValues.allCodings(c.getCode()));
    }

    /** Why something was done: a code given inline, or the code of the Condition it refers to. */
    static String reasonCode(List<CodeableConcept> codes, List<Reference> conditions, BundleLinks links) {
        if (!codes.isEmpty()) {
            return FhirValues.coding(codes.get(0)).getCode();
        }
        for (Reference reference : conditions) {
            Coding code = referencedCode(reference, links);
            if (code != null) {
                return code.getCode();
            }
        }
        return null;
    }

    /** The code of the Condition of the bundle a reference points at, or null when it points at none. */
    static Coding referencedCode(Reference reference, BundleLinks links) {
        Condition condition = (Condition) links.resource(reference, "Condition");
        return condition == null ? null : FhirValues.coding(condition.getCode());
    }
}
