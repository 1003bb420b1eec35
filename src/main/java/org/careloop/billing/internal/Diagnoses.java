package org.careloop.billing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.careloop.billing.Icd10Code;
import org.careloop.billing.ProblemDiagnosis;
import org.careloop.patient.ActiveProblems.CategorizedProblem;
import org.careloop.program.CareProgram;

/**
 * The ICD-10-CM diagnoses of a patient's claim lines, from the chronic problems that justify the program: a
 * recorded ICD-10-CM code as the EHR coded it, else the map's code for the SNOMED CT concept — the biller's choice
 * where the map offers several. Findings are excluded; a line without enough diagnoses is refused with the reason.
 */
public final class Diagnoses {

    /** A claim line points to at most four diagnoses (837P SV107). */
    public static final int POINTERS = 4;

    private Diagnoses() {
    }

    /** Each chronic problem of the patient with its claim code, or why it has none. */
    public static List<ProblemDiagnosis> of(List<CategorizedProblem> problems, Map<String, String> choices,
                                            DiagnosisMap map) {
        List<ProblemDiagnosis> diagnosed = new ArrayList<>();
        for (CategorizedProblem problem : problems) {
            Optional<DiagnosisMap.Entry> entry = map.find(problem.snomedCode());
            String name = problem.display() != null ? problem.display()
                    : entry.map(DiagnosisMap.Entry::display).orElse(problem.snomedCode());
            List<Icd10Code> options = entry.map(DiagnosisMap.Entry::codes).orElse(List.of());
            String chosen = problem.snomedCode() == null ? null : choices.get(problem.snomedCode());
            String code = null;
            String issue = null;
            if (entry.isPresent() && entry.get().exclusion() != null) {
                issue = "not a claim diagnosis: " + entry.get().exclusion();
            } else if (chosen != null && options.stream().anyMatch(o -> o.code().equals(chosen))) {
                code = chosen;
            } else if (DiagnosisMap.claimable(problem.icd10Code())) {
                code = problem.icd10Code().trim().toUpperCase();
            } else if (options.size() == 1) {
                code = options.get(0).code();
            } else if (options.size() > 1) {
                issue = "No ICD-10-CM diagnosis for " + name + ": choose one";
            } else {
                issue = "No ICD-10-CM diagnosis for " + name + ": the map has none; record the ICD-10-CM code on the problem";
            }
            diagnosed.add(new ProblemDiagnosis(problem.patientId(), problem.snomedCode(), name, problem.category(),
                    code, options, issue));
        }
        return diagnosed;
    }

    /** The line's diagnosis codes in pointer order (problems by category), at most four, each once. */
    public static List<String> pointers(List<ProblemDiagnosis> diagnosed) {
        Set<String> codes = new LinkedHashSet<>();
        diagnosed.stream().filter(d -> d.icd10Code() != null).forEach(d -> codes.add(d.icd10Code()));
        return codes.stream().limit(POINTERS).toList();
    }

    /** Why a line of the program cannot go out with these diagnoses, if it cannot: CCM needs two, others one. */
    public static Optional<String> refusal(CareProgram program, List<ProblemDiagnosis> diagnosed) {
        int needed = program == CareProgram.CCM ? 2 : 1;
        long distinct = diagnosed.stream().map(ProblemDiagnosis::icd10Code).filter(java.util.Objects::nonNull).distinct().count();
        if (distinct >= needed) {
            return Optional.empty();
        }
        List<String> issues = diagnosed.stream().map(ProblemDiagnosis::issue).filter(java.util.Objects::nonNull)
                .filter(issue -> issue.startsWith("No ICD-10-CM")).distinct().toList();
        String shortBy = program == CareProgram.CCM
                ? program + " needs ICD-10-CM diagnoses for two chronic conditions; " + distinct + " on file"
                : program + " needs an ICD-10-CM diagnosis; none on file";
        return Optional.of(issues.isEmpty() ? shortBy + " (findings such as a BMI do not count)"
                : String.join("; ", issues) + " (" + shortBy + ")");
    }
}
