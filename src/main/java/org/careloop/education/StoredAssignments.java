package org.careloop.education;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments and their teach-backs in PostgreSQL; a teach-back's write checks the version read. */
@Repository
class StoredAssignments {

    private final JdbcClient jdbc;

    StoredAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EducationAssignment a) {
        jdbc.sql("""
                insert into education_assignment (id, practice_id, patient_id, material_id, material_title,
                       material_language, care_plan_id, intervention_id, intervention, status, assigned_by, assigned_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.practiceId(), a.patientId(), a.materialId(), a.materialTitle(), a.materialLanguage(),
                        a.carePlanId(), a.interventionId(), a.intervention(), a.status().name(), a.assignedBy(),
                        utc(a.assignedAt()))
                .update();
    }

    /** Stores the teach-back and the assignment's new status, if nobody changed the assignment since it was read. */
    void recordTeachBack(EducationAssignment after, TeachBack teachBack, Instant recordedAt) {
        int changed = jdbc.sql("""
                update education_assignment set status = ?, version = version + 1 where id = ? and version = ?""")
                .params(after.status().name(), after.id(), after.version() - 1).update();
        if (changed == 0) {
            throw new StaleVersion("The material's teach-backs were changed by someone else; reload them", null);
        }
        jdbc.sql("""
                insert into education_teach_back (id, assignment_id, taught_by, taught_to, result, note, taught_at,
                                                  minutes, time_entry_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(teachBack.id(), after.id(), teachBack.taughtBy(), teachBack.taughtTo().name(),
                        teachBack.result().name(), teachBack.note(), utc(teachBack.taughtAt()), teachBack.minutes(),
                        teachBack.timeEntryId(), utc(recordedAt))
                .update();
    }

    void copyEmailed(UUID id, String to, Instant at) {
        jdbc.sql("update education_assignment set copy_emailed_to = ?, copy_emailed_at = ? where id = ?")
                .params(to, utc(at), id).update();
    }

    /** One assignment whoever's it is: the caller's service passes the patient gate before showing it. */
    Optional<EducationAssignment> find(UUID id) {
        return jdbc.sql("select * from education_assignment where id = ?").param(id)
                .query(StoredAssignments::row).optional().map(a -> withTeachBacks(List.of(a)).get(0));
    }

    /** The patient's assignments, newest first. */
    List<EducationAssignment> forPatient(UUID patientId, UUID practiceId) {
        return withTeachBacks(jdbc.sql("""
                select * from education_assignment where patient_id = ? and practice_id = ?
                 order by assigned_at desc""").params(patientId, practiceId).query(StoredAssignments::row).list());
    }

    private List<EducationAssignment> withTeachBacks(List<EducationAssignment> assignments) {
        if (assignments.isEmpty()) {
            return assignments;
        }
        Map<UUID, List<TeachBack>> byAssignment = jdbc.sql("""
                select * from education_teach_back where assignment_id = any(?) order by taught_at, recorded_at""")
                .param(assignments.stream().map(EducationAssignment::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("assignment_id", UUID.class), teachBack(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<EducationAssignment> full = new ArrayList<>(assignments.size());
        for (EducationAssignment a : assignments) {
            full.add(a.withNames(null, byAssignment.getOrDefault(a.id(), List.of())));
        }
        return full;
    }

    /** Everyone who assigned or taught these, for their names. */
    static Collection<UUID> people(List<EducationAssignment> assignments) {
        return assignments.stream().flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.assignedBy()),
                a.teachBacks().stream().map(TeachBack::taughtBy))).collect(Collectors.toSet());
    }

    private static TeachBack teachBack(ResultSet rs) throws SQLException {
        return new TeachBack(rs.getObject("id", UUID.class), rs.getObject("taught_by", UUID.class), null,
                TaughtTo.valueOf(rs.getString("taught_to")), TeachBackResult.valueOf(rs.getString("result")),
                rs.getString("note"), rs.getObject("taught_at", OffsetDateTime.class).toInstant(),
                (Integer) rs.getObject("minutes"), rs.getObject("time_entry_id", UUID.class));
    }

    private static EducationAssignment row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime emailed = rs.getObject("copy_emailed_at", OffsetDateTime.class);
        return new EducationAssignment(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("practice_id", UUID.class), rs.getString("material_id"), rs.getString("material_title"),
                rs.getString("material_language"), rs.getObject("care_plan_id", UUID.class),
                rs.getString("intervention_id"), rs.getString("intervention"),
                AssignmentStatus.valueOf(rs.getString("status")), rs.getObject("assigned_by", UUID.class), null,
                rs.getObject("assigned_at", OffsetDateTime.class).toInstant(), rs.getString("copy_emailed_to"),
                emailed == null ? null : emailed.toInstant(), rs.getInt("version"), List.of());
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
