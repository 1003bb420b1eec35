package org.careloop.careplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The care-plan dates of a whole practice at once, for the billing month: per patient and program, the day a
 * provider first signed the plan (the living plan before a completed one). CCM, PCM and APCM are not billable
 * without an established plan.
 */
@Service
public class CarePlanEvidence {

    private final JdbcClient jdbc;

    CarePlanEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** patient → program → established on. */
    public Map<UUID, Map<CareProgram, LocalDate>> establishedDates(UUID practiceId) {
        Map<UUID, Map<CareProgram, LocalDate>> dates = new HashMap<>();
        jdbc.sql("""
                select distinct on (patient_id, program) patient_id, program, established_on
                  from care_plan
                 where practice_id = ? and established_on is not null
                 order by patient_id, program, (status <> 'COMPLETED') desc, created_at desc""")
                .param(practiceId)
                .query(rs -> {
                    dates.computeIfAbsent(rs.getObject("patient_id", UUID.class), id -> new HashMap<>())
                            .put(CareProgram.valueOf(rs.getString("program")), rs.getObject("established_on", LocalDate.class));
                });
        return dates;
    }

    /** Which of these patients have a living care plan due for review on or before {@code day}. */
    public java.util.Set<UUID> dueForReview(java.util.Collection<UUID> patients, java.time.LocalDate day) {
        if (patients.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                select distinct patient_id from care_plan
                 where patient_id = any(?) and status <> 'COMPLETED' and next_review_on <= ?""")
                .params(patients.toArray(UUID[]::new), day).query(UUID.class).list());
    }
}
