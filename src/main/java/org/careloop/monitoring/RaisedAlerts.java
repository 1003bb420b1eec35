package org.careloop.monitoring;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which reading raised or joined which alert, under which threshold. */
@Repository
class RaisedAlerts {

    private final JdbcClient jdbc;

    RaisedAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID practiceId, UUID patientId, RaisedAlert alert) {
        jdbc.sql("""
                insert into reading_alert (observation_id, protocol_code, patient_id, practice_id, task_id,
                                           threshold_text, finding, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(alert.readingId(), alert.protocol(), patientId, practiceId, alert.taskId(), alert.threshold(),
                        alert.finding(), alert.raisedAt()).update();
    }

    List<RaisedAlert> ofPatient(UUID patientId, UUID practiceId) {
        return jdbc.sql("""
                select observation_id as reading_id, protocol_code as protocol, task_id, threshold_text as threshold,
                       finding, raised_at
                  from reading_alert where patient_id = ? and practice_id = ? order by raised_at, protocol_code""")
                .params(patientId, practiceId).query(RaisedAlert.class).list();
    }
}
