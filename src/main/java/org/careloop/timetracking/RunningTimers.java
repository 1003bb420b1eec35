package org.careloop.timetracking;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The time_timer table: at most one row per person (a unique constraint). */
@Repository
class RunningTimers {

    private final JdbcClient jdbc;

    RunningTimers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RunningTimer timer, UUID practiceId) {
        jdbc.sql("""
                insert into time_timer (id, staff_id, patient_id, practice_id, program, activity, interaction_id,
                                        started_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(timer.id(), timer.staffId(), timer.patientId(), practiceId, timer.program().name(),
                        timer.activity().name(), timer.interactionId(), Timestamp.from(timer.startedAt()))
                .update();
    }

    Optional<RunningTimer> ofStaff(UUID staffId, Instant now) {
        return jdbc.sql("select * from time_timer where staff_id = ?").param(staffId)
                .query((rs, n) -> {
                    Instant started = rs.getTimestamp("started_at").toInstant();
                    return new RunningTimer(rs.getObject("id", UUID.class), staffId,
                            rs.getObject("patient_id", UUID.class), CareProgram.valueOf(rs.getString("program")),
                            CareActivity.valueOf(rs.getString("activity")), rs.getObject("interaction_id", UUID.class),
                            started, (int) Math.max(0, Duration.between(started, now).toMinutes()));
                })
                .optional();
    }

    /** Every timer running on the patient's work, whoever started it. */
    java.util.List<RunningTimer> onPatient(UUID patientId, Instant now) {
        return jdbc.sql("select staff_id from time_timer where patient_id = ?").param(patientId).query(UUID.class).list()
                .stream().flatMap(staff -> ofStaff(staff, now).stream()).toList();
    }

    boolean delete(UUID id, UUID staffId) {
        return jdbc.sql("delete from time_timer where id = ? and staff_id = ?").params(id, staffId).update() == 1;
    }
}
