package org.careloop.enrollment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.patient.ActiveProblems;
import org.springframework.stereotype.Service;

/**
 * How many distinct chronic-condition categories each patient of a practice has active, and the diagnosis codes
 * behind them, through the patient module's problem list: the billing month needs it for every enrolled patient at once (CCM needs two or more
 * categories; APCM's level follows the count). Matching is the same as
 * {@link Eligibility}: SNOMED CT exactly, ICD-10-CM by category prefix, active and not abated.
 */
@Service
public class ChronicConditionCounts {

    /** Active chronic categories and the codes to put on a claim (ICD-10-CM where recorded, else SNOMED CT). */
    public record ChronicBurden(int categories, List<String> diagnosisCodes) {
    }

    private final ChronicConditionCatalogue catalogue;
    private final ActiveProblems problems;

    ChronicConditionCounts(ChronicConditionCatalogue catalogue, ActiveProblems problems) {
        this.catalogue = catalogue;
        this.problems = problems;
    }

    /** Each active problem of the practice's patients that the catalogue counts as chronic, by patient. */
    public Map<UUID, List<ActiveProblems.CategorizedProblem>> problemsOfPractice(UUID practiceId) {
        return problems.problemsInCategories(practiceId, catalogue.codes().stream()
                .map(code -> new ActiveProblems.CategoryCode(code.system(), code.code(), code.category())).toList());
    }

    public Map<UUID, ChronicBurden> ofPractice(UUID practiceId) {
        Map<UUID, ChronicBurden> burden = new HashMap<>();
        problems.inCategories(practiceId, catalogue.codes().stream()
                        .map(code -> new ActiveProblems.CategoryCode(code.system(), code.code(), code.category())).toList())
                .forEach((patient, found) -> burden.put(patient, new ChronicBurden(found.categories(), found.diagnosisCodes())));
        return burden;
    }
}
