package org.careloop.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientProblem;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.patient.PatientStatus;
import org.springframework.stereotype.Service;

/**
 * Screens a patient of the caller's practices for CCM and PCM from their registry entry and problem list, under
 * the catalogue as it stands today. Reading the patient is scoped and audited by the patient module.
 */
@Service
public class EligibilityScreening {

    private final PatientRegistry registry;
    private final ClinicalRecord clinicalRecord;
    private final ChronicConditionCatalogue catalogue;
    private final Clock clock;

    EligibilityScreening(PatientRegistry registry, ClinicalRecord clinicalRecord, ChronicConditionCatalogue catalogue,
                         Clock clock) {
        this.registry = registry;
        this.clinicalRecord = clinicalRecord;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public EligibilityVerdict screen(UUID patientId) {
        PatientRecord patient = registry.find(patientId);
        List<Eligibility.Diagnosis> diagnoses = clinicalRecord.problems(patientId).stream()
                .map(EligibilityScreening::diagnosis).toList();
        Eligibility.Candidate candidate = new Eligibility.Candidate(patient.birthDate(),
                patient.status() == PatientStatus.DECEASED, patient.deceasedOn(), diagnoses);
        return catalogue.eligibility().assess(candidate, LocalDate.now(clock));
    }

    private static Eligibility.Diagnosis diagnosis(PatientProblem problem) {
        List<Eligibility.Coding> codings = new ArrayList<>();
        if (problem.snomedCode() != null) {
            codings.add(new Eligibility.Coding(ChronicConditionCode.SNOMED_CT, problem.snomedCode()));
        }
        if (problem.icd10Code() != null) {
            codings.add(new Eligibility.Coding(ChronicConditionCode.ICD_10_CM, problem.icd10Code()));
        }
        if (problem.code() != null && problem.codeSystem() != null) {
            codings.add(new Eligibility.Coding(problem.codeSystem(), problem.code()));
        }
        return new Eligibility.Diagnosis(codings, problem.display(), problem.active());
    }
}
