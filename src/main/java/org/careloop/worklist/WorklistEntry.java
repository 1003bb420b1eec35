package org.careloop.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.program.CareProgram;

/**
 * One patient on a care manager's worklist: who, how to reach them, where the month stands (minutes per program,
 * the next threshold), and the reasons to call, most pressing first.
 */
public record WorklistEntry(UUID patientId, String name, String mrn, LocalDate birthDate, String phone,
                            String bestTimeToCall, String preferredLanguage, List<String> programs,
                            Map<CareProgram, Integer> minutesThisMonth, NextStep nextThreshold, Instant lastContactAt,
                            Instant lastReachedAt, boolean reachedThisMonth, int openEscalations, int overdueTasks,
                            List<String> reasons, int priority) {

    public WorklistEntry {
        programs = List.copyOf(programs);
        minutesThisMonth = Map.copyOf(minutesThisMonth);
        reasons = List.copyOf(reasons);
    }

    /** The next code within reach: "6 min to 99490" for CCM. */
    public record NextStep(CareProgram program, String code, int minutesShort, int minutesNeeded) {
    }
}
