package org.careloop.enrollment;

import java.sql.Array;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many distinct chronic-condition categories each patient of a practice has active, and the diagnosis codes
 * behind them, in one query: the billing month needs it for every enrolled patient at once (CCM needs two or more
 * categories; APCM's level follows the count). Reads the patient module's problem list with the same matching as
 * {@link Eligibility}: SNOMED CT exactly, ICD-10-CM by category prefix, active and not abated.
 */
@Service
public class ChronicConditionCounts {

    /** Active chronic categories and the codes to put on a claim (ICD-10-CM where recorded, else SNOMED CT). */
    public record ChronicBurden(int categories, List<String> diagnosisCodes) {
    }

    private final JdbcClient jdbc;

    ChronicConditionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, ChronicBurden> ofPractice(UUID practiceId) {
        Map<UUID, ChronicBurden> burden = new HashMap<>();
        jdbc.sql("""
                select c.patient_id,
                       count(distinct cat.category) as categories,
                       array_agg(distinct coalesce(c.icd10_code, 'SNOMED ' || c.snomed_code)) as codes
                  from condition c
                  join patient p on p.id = c.patient_id and p.practice_id = ?
                  join chronic_condition_catalogue cat
                    on (cat.code_system = 'http://snomed.info/sct' and cat.code = c.snomed_code)
                    or (cat.code_system = 'http://hl7.org/fhir/sid/icd-10-cm' and c.icd10_code like cat.code || '%')
                 where coalesce(c.clinical_status, 'active') in ('active', 'recurrence', 'relapse')
                   and c.abated_at is null
                 group by c.patient_id""")
                .param(practiceId)
                .query(rs -> {
                    Array codes = rs.getArray("codes");
                    burden.put(rs.getObject("patient_id", UUID.class), new ChronicBurden(rs.getInt("categories"),
                            codes == null ? List.of() : Arrays.asList((String[]) codes.getArray())));
                });
        return burden;
    }
}
