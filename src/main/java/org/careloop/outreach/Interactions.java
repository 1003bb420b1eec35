package org.careloop.outreach;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.identity.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The interaction table. */
@Repository
class Interactions {

    private static final String SELECT = """
            select i.* from interaction i""";

    private final JdbcClient jdbc;
    private final Staff staff;

    Interactions(JdbcClient jdbc, Staff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    void insert(Interaction interaction, UUID practiceId) {
        jdbc.sql("""
                insert into interaction (id, patient_id, practice_id, kind, outcome, topics, notes, follow_up_on,
                                         staff_id, occurred_at, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(interaction.id(), interaction.patientId(), practiceId, interaction.kind().name(),
                        interaction.outcome().name(), interaction.topics().toArray(String[]::new),
                        interaction.notes(), interaction.followUpOn(), interaction.staffId(),
                        Timestamp.from(interaction.occurredAt()), Timestamp.from(interaction.recordedAt()))
                .update();
    }

    List<Interaction> ofPatient(UUID patientId) {
        return named(jdbc.sql(SELECT + " where i.patient_id = ? order by i.occurred_at desc, i.recorded_at desc")
                .param(patientId).query(Interactions::row).list());
    }

    Optional<Interaction> find(UUID id) {
        return named(jdbc.sql(SELECT + " where i.id = ?").param(id).query(Interactions::row).list()).stream().findFirst();
    }

    /** Who made each contact, by name, from the identity module. */
    private List<Interaction> named(List<Interaction> found) {
        Map<UUID, Staff.Person> people = staff.byId(found.stream().map(Interaction::staffId).toList());
        return found.stream().map(i -> new Interaction(i.id(), i.patientId(), i.kind(), i.outcome(), i.topics(),
                i.notes(), i.followUpOn(), i.staffId(), people.containsKey(i.staffId())
                ? people.get(i.staffId()).displayName() : null, i.occurredAt(), i.recordedAt())).toList();
    }

    boolean existsFor(UUID interactionId, UUID patientId) {
        return jdbc.sql("select count(*) from interaction where id = ? and patient_id = ?")
                .params(interactionId, patientId).query(Long.class).single() > 0;
    }

    List<LastContacts> lastContacts(Collection<UUID> patientIds) {
        return jdbc.sql("""
                select patient_id, max(occurred_at) as last_contact,
                       max(occurred_at) filter (where outcome = 'REACHED') as last_reached
                  from interaction where patient_id = any(?) group by patient_id""")
                .param(patientIds.toArray(UUID[]::new))
                .query((rs, n) -> new LastContacts(rs.getObject("patient_id", UUID.class),
                        instant(rs.getTimestamp("last_contact")), instant(rs.getTimestamp("last_reached"))))
                .list();
    }

    List<UUID> reachedBetween(Collection<UUID> patientIds, Instant from, Instant until) {
        return jdbc.sql("""
                select distinct patient_id from interaction
                 where patient_id = any(?) and outcome = 'REACHED' and occurred_at >= ? and occurred_at < ?""")
                .params(patientIds.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(until))
                .query(UUID.class).list();
    }

    List<UUID> reachedLiveBetween(Collection<UUID> patientIds, Instant from, Instant until) {
        return jdbc.sql("""
                select distinct patient_id from interaction
                 where patient_id = any(?) and outcome = 'REACHED' and occurred_at >= ? and occurred_at < ?
                   and kind in ('OUTBOUND_CALL', 'INBOUND_CALL', 'VISIT')""")
                .params(patientIds.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(until))
                .query(UUID.class).list();
    }

    private static Interaction row(ResultSet rs, int n) throws SQLException {
        Array topics = rs.getArray("topics");
        LocalDate followUp = rs.getObject("follow_up_on", LocalDate.class);
        return new Interaction(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                InteractionKind.valueOf(rs.getString("kind")), InteractionOutcome.valueOf(rs.getString("outcome")),
                Arrays.asList((String[]) topics.getArray()), rs.getString("notes"), followUp,
                rs.getObject("staff_id", UUID.class), null,
                instant(rs.getTimestamp("occurred_at")), instant(rs.getTimestamp("recorded_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
