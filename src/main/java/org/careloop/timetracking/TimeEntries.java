package org.careloop.timetracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.careloop.program.Performer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The time_entry table and its revisions. */
@Repository
class TimeEntries {

    private static final String READ = """
            select e.*, editor.display_name as revised_by_name
              from time_entry e left join app_user editor on editor.id = e.revised_by
            """;

    private final JdbcClient jdbc;

    TimeEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TimeEntry entry) {
        TimeDetails d = entry.details();
        Clinician c = entry.clinician();
        jdbc.sql("""
                insert into time_entry (id, patient_id, practice_id, staff_id, staff_name, staff_credential, performer,
                                        program, activity, started_at, ended_at, service_date, minutes, interaction_id,
                                        notes, amendment, amends, withdrawn, version, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.patientId(), entry.practiceId(), c.id(), c.name(), c.credential(),
                        c.category().name(), d.program().name(), d.activity().name(), ts(d.span().startedAt()),
                        ts(d.span().endedAt()), entry.date(), entry.minutes(), d.interactionId(), d.notes(),
                        entry.amendment(), entry.amends(), entry.withdrawn(), entry.version(), entry.recordedBy(),
                        ts(entry.recordedAt()))
                .update();
    }

    void update(TimeEntry entry) {
        TimeDetails d = entry.details();
        jdbc.sql("""
                update time_entry set program = ?, activity = ?, started_at = ?, ended_at = ?, service_date = ?,
                                      minutes = ?, interaction_id = ?, notes = ?, withdrawn = ?, version = ?,
                                      revised_by = ?, revised_at = ?
                 where id = ?""")
                .params(d.program().name(), d.activity().name(), ts(d.span().startedAt()), ts(d.span().endedAt()),
                        entry.date(), entry.minutes(), d.interactionId(), d.notes(), entry.withdrawn(),
                        entry.version(), entry.revisedBy(), ts(entry.revisedAt()), entry.id())
                .update();
    }

    /** Keeps the entry's current version for good, with who made it. */
    void keepVersion(TimeEntry entry, String changedByName) {
        TimeDetails d = entry.details();
        jdbc.sql("""
                insert into time_entry_revision (entry_id, version, program, activity, started_at, ended_at,
                                                 service_date, minutes, interaction_id, notes, withdrawn, changed_by,
                                                 changed_by_name, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.version(), d.program().name(), d.activity().name(),
                        ts(d.span().startedAt()), ts(d.span().endedAt()), entry.date(), entry.minutes(),
                        d.interactionId(), d.notes(), entry.withdrawn(), entry.changedBy(), changedByName,
                        ts(entry.changedAt()))
                .update();
    }

    Optional<TimeEntry> lock(UUID id) {
        return jdbc.sql("select * from time_entry where id = ? for update").param(id)
                .query(TimeEntries::aggregate).optional();
    }

    Optional<UUID> patientOf(UUID id) {
        return jdbc.sql("select patient_id from time_entry where id = ?").param(id).query(UUID.class).optional();
    }

    Optional<LoggedTime> find(UUID id) {
        return jdbc.sql(READ + " where e.id = ?").param(id).query(TimeEntries::view).optional();
    }

    List<LoggedTime> ofPatient(UUID patientId, YearMonth month) {
        return jdbc.sql(READ + " where e.patient_id = ? and e.service_date >= ? and e.service_date < ?"
                        + " order by e.started_at desc")
                .params(patientId, month.atDay(1), month.plusMonths(1).atDay(1)).query(TimeEntries::view).list();
    }

    List<TimeEntryVersion> history(UUID id) {
        return jdbc.sql("select * from time_entry_revision where entry_id = ? order by version").param(id)
                .query((rs, n) -> new TimeEntryVersion(rs.getInt("version"),
                        CareProgram.valueOf(rs.getString("program")), CareActivity.valueOf(rs.getString("activity")),
                        rs.getObject("service_date", LocalDate.class), instant(rs, "started_at"),
                        instant(rs, "ended_at"), rs.getInt("minutes"), rs.getObject("interaction_id", UUID.class),
                        rs.getString("notes"), rs.getBoolean("withdrawn"), rs.getObject("changed_by", UUID.class),
                        rs.getString("changed_by_name"), instant(rs, "changed_at")))
                .list();
    }

    /** The person's entry (not withdrawn, not {@code except}) that overlaps the span, if any. */
    Optional<LoggedTime> overlapping(UUID staffId, TimeSpan span, UUID except) {
        return jdbc.sql(READ + """
                 where e.staff_id = ? and not e.withdrawn and e.id is distinct from ?
                   and tstzrange(e.started_at, e.ended_at) && tstzrange(?, ?)
                 order by e.started_at limit 1""")
                .params(staffId, except, ts(span.startedAt()), ts(span.endedAt()))
                .query(TimeEntries::view).optional();
    }

    boolean isEntryOf(UUID id, UUID patientId) {
        return jdbc.sql("select count(*) from time_entry where id = ? and patient_id = ?")
                .params(id, patientId).query(Long.class).single() > 0;
    }

    /** Every counting entry of a practice-month: one range scan of the (practice, date) index. */
    List<MonthEntry> inPractice(UUID practiceId, YearMonth month) {
        return jdbc.sql("""
                select id, patient_id, service_date, minutes, performer, program, staff_id, amendment
                  from time_entry
                 where practice_id = ? and service_date >= ? and service_date < ? and not withdrawn""")
                .params(practiceId, month.atDay(1), month.plusMonths(1).atDay(1))
                .query((rs, n) -> new MonthEntry((UUID) rs.getObject(1), (UUID) rs.getObject(2),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), Performer.valueOf(rs.getString(5)),
                        CareProgram.valueOf(rs.getString(6)),
                        (UUID) rs.getObject(7), rs.getBoolean(8)))
                .list();
    }

    Map<UUID, Map<CareProgram, Integer>> minutes(Collection<UUID> patientIds, YearMonth month) {
        Map<UUID, Map<CareProgram, Integer>> result = new HashMap<>();
        jdbc.sql("""
                select patient_id, program, sum(minutes) from time_entry
                 where patient_id = any(?) and service_date >= ? and service_date < ? and not withdrawn
                 group by patient_id, program""")
                .params(patientIds.toArray(UUID[]::new), month.atDay(1), month.plusMonths(1).atDay(1))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                            .put(CareProgram.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return result;
    }

    private static TimeEntry aggregate(ResultSet rs, int n) throws SQLException {
        return new TimeEntry(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("practice_id", UUID.class),
                new Clinician(rs.getObject("staff_id", UUID.class), rs.getString("staff_name"),
                        rs.getString("staff_credential"), Performer.valueOf(rs.getString("performer"))),
                details(rs), rs.getObject("service_date", LocalDate.class), rs.getBoolean("amendment"),
                rs.getObject("amends", UUID.class), rs.getBoolean("withdrawn"), rs.getInt("version"),
                rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"),
                rs.getObject("revised_by", UUID.class), instant(rs, "revised_at"));
    }

    private static LoggedTime view(ResultSet rs, int n) throws SQLException {
        TimeDetails d = details(rs);
        int version = rs.getInt("version");
        return new LoggedTime(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getString("staff_name"), rs.getString("staff_credential"),
                Performer.valueOf(rs.getString("performer")), d.program(), d.activity(),
                rs.getObject("service_date", LocalDate.class), d.span().startedAt(), d.span().endedAt(),
                rs.getInt("minutes"), d.interactionId(), d.notes(), rs.getBoolean("amendment"),
                rs.getObject("amends", UUID.class), rs.getBoolean("withdrawn"), version, version > 0,
                instant(rs, "recorded_at"), rs.getObject("revised_by", UUID.class), rs.getString("revised_by_name"),
                instant(rs, "revised_at"));
    }

    private static TimeDetails details(ResultSet rs) throws SQLException {
        return new TimeDetails(CareProgram.valueOf(rs.getString("program")),
                CareActivity.valueOf(rs.getString("activity")),
                new TimeSpan(instant(rs, "started_at"), instant(rs, "ended_at")),
                rs.getObject("interaction_id", UUID.class), rs.getString("notes"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
