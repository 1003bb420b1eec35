package org.careloop.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointments in PostgreSQL; every change checks the version it was based on. */
@Repository
class StoredAppointments {

    private final JdbcClient jdbc;

    StoredAppointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Appointment a, UUID createdBy) {
        Transportation ride = a.transportation();
        jdbc.sql("""
                insert into appointment (id, practice_id, patient_id, kind, purpose, starts_at, location, with_whom,
                       arranged_by_care_manager, status, transport, transport_note, transport_referral_id,
                       created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.practiceId(), a.patientId(), a.kind().name(), a.purpose(), utc(a.startsAt()),
                        a.location(), a.withWhom(), a.arrangedByCareManager(), a.status().name(),
                        ride == null ? null : ride.arrangement().name(), ride == null ? null : ride.note(),
                        ride == null ? null : ride.referralId(), createdBy, utc(a.createdAt()))
                .update();
    }

    /** Writes the appointment as it now is, if it is still at the version before this change. */
    void update(Appointment a, UUID recordedBy) {
        Transportation ride = a.transportation();
        int changed = jdbc.sql("""
                update appointment set kind = ?, purpose = ?, starts_at = ?, location = ?, with_whom = ?, status = ?,
                       outcome_note = ?, outcome_recorded_at = ?,
                       outcome_recorded_by = case when ? then ? else outcome_recorded_by end,
                       transport = ?, transport_note = ?, transport_referral_id = ?, follow_up_task_id = ?,
                       version = ?
                 where id = ? and version = ?""")
                .params(a.kind().name(), a.purpose(), utc(a.startsAt()), a.location(), a.withWhom(),
                        a.status().name(), a.outcomeNote(), utc(a.outcomeRecordedAt()), a.status().settled(),
                        recordedBy, ride == null ? null : ride.arrangement().name(), ride == null ? null : ride.note(),
                        ride == null ? null : ride.referralId(), a.followUpTaskId(), a.version(), a.id(),
                        a.version() - 1)
                .update();
        if (changed == 0) {
            throw new StaleVersion("The appointment was changed by someone else; reload it", null);
        }
    }

    void followUpOpened(UUID appointmentId, UUID taskId) {
        jdbc.sql("update appointment set follow_up_task_id = ? where id = ? and follow_up_task_id is null")
                .params(taskId, appointmentId).update();
    }

    /** One appointment whoever's it is: the service passes the patient gate before showing it. */
    Optional<Appointment> find(UUID id) {
        return jdbc.sql("select * from appointment where id = ?").param(id).query(StoredAppointments::row).optional();
    }

    /** The patient's appointments, latest first. */
    List<Appointment> forPatient(UUID patientId, UUID practiceId) {
        return jdbc.sql("select * from appointment where patient_id = ? and practice_id = ? order by starts_at desc")
                .params(patientId, practiceId).query(StoredAppointments::row).list();
    }

    /** Scheduled appointments of these patients beginning between {@code from} and {@code to}, soonest first. */
    List<Appointment> scheduled(Collection<UUID> patientIds, Instant from, Instant to) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from appointment where patient_id = any(?) and status = 'SCHEDULED'
                   and starts_at >= ? and starts_at < ? order by starts_at""")
                .params(patientIds.toArray(UUID[]::new), utc(from), utc(to)).query(StoredAppointments::row).list();
    }

    private static Appointment row(ResultSet rs, int n) throws SQLException {
        String transport = rs.getString("transport");
        OffsetDateTime recorded = rs.getObject("outcome_recorded_at", OffsetDateTime.class);
        return new Appointment(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("practice_id", UUID.class), AppointmentKind.valueOf(rs.getString("kind")),
                rs.getString("purpose"), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getString("location"), rs.getString("with_whom"), rs.getBoolean("arranged_by_care_manager"),
                AppointmentStatus.valueOf(rs.getString("status")), rs.getString("outcome_note"),
                recorded == null ? null : recorded.toInstant(),
                transport == null ? null : new Transportation(TransportArrangement.valueOf(transport),
                        rs.getString("transport_note"), rs.getObject("transport_referral_id", UUID.class)),
                rs.getObject("follow_up_task_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
