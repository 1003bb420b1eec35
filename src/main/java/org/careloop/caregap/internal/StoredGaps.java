package org.careloop.caregap.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.BulkInsert;
import org.careloop.caregap.CareGap;
import org.careloop.caregap.GapEvidence;
import org.careloop.caregap.GapStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code care_gap} table: each patient's last evaluation, replaced whole when recomputed. */
@Repository
public class StoredGaps {

    /** One stored row with whose it is. */
    public record Row(UUID patientId, UUID practiceId, CareGap gap, LocalDate evaluatedOn) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<GapEvidence>> EVIDENCE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    StoredGaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the evaluations of these patients (one delete and one multi-row insert). */
    public void replace(Map<UUID, UUID> practiceOf, Map<UUID, List<CareGap>> gaps, LocalDate asOf, OffsetDateTime at) {
        if (gaps.isEmpty()) {
            return;
        }
        jdbc.sql("delete from care_gap where patient_id = any(?)").param(gaps.keySet().toArray(UUID[]::new)).update();
        BulkInsert insert = BulkInsert.keyed("care_gap", "(patient_id, measure)", "patient_id:uuid", "practice_id:uuid", "measure", "title",
                "status", "due_since:date", "next_due:date", "evidence:jsonb", "explanation", "evaluated_on:date",
                "evaluated_at:timestamptz");
        gaps.forEach((patient, list) -> list.forEach(gap -> insert.add(patient, practiceOf.get(patient), gap.measure(),
                gap.title(), gap.status().name(), gap.dueSince(), gap.nextDue(), JSON.writeValueAsString(gap.evidence()),
                gap.explanation(), asOf, at)));
        insert.execute(jdbc);
    }

    /**
     * New facts arrived: the next read evaluates these patients again (the stored rows count as yesterday's), and
     * they wait in {@code care_gap_pending} for {@link #takePending} (one statement).
     */
    public void markStale(Collection<UUID> patients, LocalDate today, OffsetDateTime at) {
        jdbc.sql("""
                with stale as (update care_gap set evaluated_on = :yesterday
                                where patient_id = any(:patients) and evaluated_on >= :today)
                insert into care_gap_pending (patient_id, since) select unnest(:patients), :at
                    on conflict (patient_id) do nothing""")
                .param("yesterday", today.minusDays(1)).param("today", today)
                .param("patients", patients.toArray(UUID[]::new)).param("at", at).update();
    }

    /**
     * Up to {@code limit} of the patients waiting longest, taken off the list (in the caller's transaction: should
     * the evaluation fail, they stay). Instances taking at once take different patients.
     */
    public List<UUID> takePending(int limit) {
        return jdbc.sql("""
                delete from care_gap_pending where patient_id in (
                    select patient_id from care_gap_pending order by since limit ? for update skip locked)
                returning patient_id""")
                .param(limit).query(UUID.class).list();
    }

    public List<Row> ofPatient(UUID patientId) {
        return jdbc.sql("select * from care_gap where patient_id = ?").param(patientId).query(StoredGaps::row).list();
    }

    /** Open (DUE) gaps of these patients, by patient. */
    public Map<UUID, List<CareGap>> open(Collection<UUID> patients) {
        Map<UUID, List<CareGap>> found = new HashMap<>();
        if (patients.isEmpty()) {
            return found;
        }
        jdbc.sql("select * from care_gap where patient_id = any(?) and status = 'DUE' order by due_since, measure")
                .param(patients.toArray(UUID[]::new)).query(StoredGaps::row).list()
                .forEach(row -> found.computeIfAbsent(row.patientId(), id -> new ArrayList<>()).add(row.gap()));
        return found;
    }

    /** The practices' rows, optionally of one measure and one status, by measure then patient. */
    public List<Row> report(UUID[] practices, String measure, GapStatus status) {
        return jdbc.sql("""
                select * from care_gap where practice_id = any(?)
                   and (cast(? as text) is null or measure = ?) and (cast(? as text) is null or status = ?)
                 order by measure, patient_id""")
                .params(practices, measure, measure, status == null ? null : status.name(),
                        status == null ? null : status.name())
                .query(StoredGaps::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        CareGap gap = new CareGap(rs.getString("measure"), rs.getString("title"), GapStatus.valueOf(rs.getString("status")),
                rs.getObject("due_since", LocalDate.class), rs.getObject("next_due", LocalDate.class),
                JSON.readValue(rs.getString("evidence"), EVIDENCE), rs.getString("explanation"));
        return new Row(rs.getObject("patient_id", UUID.class), rs.getObject("practice_id", UUID.class), gap,
                rs.getObject("evaluated_on", LocalDate.class));
    }
}
