package org.careloop.billing;

import java.util.List;
import java.util.UUID;

/**
 * One chronic problem of a patient as a claim sees it: the ICD-10-CM code it goes on the claim with (null when it
 * cannot), the codes the map offers for the biller to choose from, and, when it has no code, why not.
 */
public record ProblemDiagnosis(UUID patientId, String snomedCode, String problem, String category, String icd10Code,
                               List<Icd10Code> options, String issue) {

    public ProblemDiagnosis {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The map offers several codes and the biller has not chosen one yet. */
    public boolean needsChoice() {
        return icd10Code == null && options.size() > 1;
    }

    /** The biller can pick among several codes (to choose, or to change the choice). */
    public boolean choosable() {
        return snomedCode != null && options.size() > 1;
    }
}
