package org.careloop.careplan;

import java.time.LocalDate;
import java.util.List;

/**
 * The patient's wishes as the care plan shows them ("What matters to me / my wishes"): what matters most in their own
 * words and when they said it, the code status as the care team says it and in plain words for the patient's copy,
 * the advance directives on file in words ("Living will, signed 2024-03-02; original at home"), and the healthcare
 * proxy ("Maria Lopez (daughter), 555-0101"). Any part may be missing.
 */
public record PlanWishes(String whatMattersMost, LocalDate whatMattersSaidOn, String codeStatus,
                         String codeStatusInPlainWords, List<String> directives, String proxy) {

    public PlanWishes {
        directives = directives == null ? List.of() : List.copyOf(directives);
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return whatMattersMost == null && codeStatus == null && directives.isEmpty() && proxy == null;
    }
}
