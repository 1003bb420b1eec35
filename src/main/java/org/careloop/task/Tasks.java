package org.careloop.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored tasks. Callers check practice scope; this class only reads and writes. */
@Repository
class Tasks {

    /** The most tasks one list answers. */
    static final int MOST = 500;

    private static final String COLUMNS = "id, practice_id, patient_id, version, title, kind, owner_id, role_pool, "
            + "due_on, priority, status, notes, source, created_at, completed_at, reason, disposition, closing_note, closed_by, "
            + "created_by";

    private static final RowMapper<Task> TASK = (rs, row) -> new Task(rs.getObject("id", UUID.class),
            rs.getObject("practice_id", UUID.class), rs.getObject("patient_id", UUID.class), rs.getInt("version"),
            rs.getString("title"), TaskKind.valueOf(rs.getString("kind")), rs.getObject("owner_id", UUID.class),
            rs.getString("role_pool"), rs.getObject("due_on", LocalDate.class),
            TaskPriority.valueOf(rs.getString("priority")), TaskStatus.valueOf(rs.getString("status")),
            rs.getString("notes"), rs.getString("source"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("completed_at", OffsetDateTime.class), rs.getString("reason"),
            rs.getString("disposition") == null ? null : EscalationDisposition.valueOf(rs.getString("disposition")),
            rs.getString("closing_note"), rs.getObject("closed_by", UUID.class), List.of(),
            rs.getObject("created_by", UUID.class));

    private final JdbcClient jdbc;
    private final Clock clock;

    Tasks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID insert(NewTask task, UUID createdBy) {
        UUID id = UUID.randomUUID();
        insert(id, task, null, createdBy);
        return id;
    }

    /**
     * Opens an escalation for the patient and reason unless one is open already; answers the open one's id either
     * way. The partial unique index keeps it to one even when two triggers arrive at once.
     */
    UUID insertEscalation(UUID id, NewTask task, String reason) {
        if (insert(id, task, reason, null) == 1) {
            return id;
        }
        return jdbc.sql("select id from task where patient_id = ? and reason = ? and status in ('OPEN', 'IN_PROGRESS')")
                .params(task.patientId(), reason).query(UUID.class).single();
    }

    private int insert(UUID id, NewTask task, String reason, UUID createdBy) {
        return jdbc.sql("""
                insert into task (id, practice_id, patient_id, title, kind, owner_id, role_pool, due_on, priority, notes,
                                  source, created_by, created_at, reason)
                values (:id, :practice, :patient, :title, :kind, :owner, :pool, :due, :priority, :notes, :source, :by, :at,
                        :reason)
                on conflict (patient_id, reason) where reason is not null and status in ('OPEN', 'IN_PROGRESS') do nothing""")
                .param("id", id).param("practice", task.practiceId()).param("patient", task.patientId())
                .param("title", task.title()).param("kind", task.kind().name()).param("owner", task.ownerId())
                .param("pool", task.rolePool()).param("due", task.dueOn()).param("priority", task.priority().name())
                .param("notes", task.notes()).param("source", task.source()).param("by", createdBy)
                .param("at", now()).param("reason", reason).update();
    }

    /**
     * Opens the task for the patient and reason, or updates the open one's title, notes, due day and priority;
     * answers the id of the one that is open now.
     */
    UUID upsertByReason(UUID id, NewTask task, String reason) {
        return jdbc.sql("""
                insert into task (id, practice_id, patient_id, title, kind, owner_id, role_pool, due_on, priority, notes,
                                  source, created_at, reason)
                values (:id, :practice, :patient, :title, :kind, :owner, :pool, :due, :priority, :notes, :source, :at,
                        :reason)
                on conflict (patient_id, reason) where reason is not null and status in ('OPEN', 'IN_PROGRESS')
                do update set title = excluded.title, notes = excluded.notes, due_on = excluded.due_on,
                              priority = excluded.priority, version = task.version + 1
                returning id""")
                .param("id", id).param("practice", task.practiceId()).param("patient", task.patientId())
                .param("title", task.title()).param("kind", task.kind().name()).param("owner", task.ownerId())
                .param("pool", task.rolePool()).param("due", task.dueOn()).param("priority", task.priority().name())
                .param("notes", task.notes()).param("source", task.source()).param("at", now())
                .param("reason", reason).query(UUID.class).single();
    }

    /** Closes the patient's open task for the reason with a note; answers its id when one was open. */
    Optional<UUID> closeByReason(UUID patientId, String reason, TaskStatus status, String note) {
        return jdbc.sql("""
                update task set status = :status, version = version + 1, completed_at = :now, closing_note = :note
                 where patient_id = :patient and reason = :reason and status in ('OPEN', 'IN_PROGRESS')
                returning id""")
                .param("status", status.name()).param("now", now()).param("note", note).param("patient", patientId)
                .param("reason", reason).query(UUID.class).optional();
    }

    void insertTrigger(UUID taskId, UUID patientId, UUID practiceId, EscalationTrigger trigger) {
        jdbc.sql("""
                insert into task_trigger (id, task_id, patient_id, practice_id, instrument, score, assessment_id, detail,
                                          triggered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), taskId, patientId, practiceId, trigger.instrument(), trigger.score(),
                        trigger.assessmentId(), trigger.detail(),
                        trigger.triggeredAt() == null ? now() : trigger.triggeredAt())
                .update();
    }

    /** The tasks with the triggers each one has, oldest trigger first; one query for all of them. */
    List<Task> withTriggers(List<Task> found) {
        if (found.stream().noneMatch(task -> task.kind() == TaskKind.ESCALATION)) {
            return found;
        }
        Map<UUID, List<EscalationTrigger>> triggers = jdbc.sql("""
                select task_id, instrument, score, assessment_id, detail, triggered_at from task_trigger
                 where task_id = any(?) order by triggered_at, id""")
                .param(found.stream().map(Task::id).toArray(UUID[]::new))
                .query(EscalationTrigger.class).list().stream()
                .collect(Collectors.groupingBy(EscalationTrigger::taskId));
        return found.stream().map(task -> triggers.containsKey(task.id()) ? task.withTriggers(triggers.get(task.id()))
                : task).toList();
    }

    Optional<Task> find(UUID id, UUID[] practices) {
        return jdbc.sql("select " + COLUMNS + " from task where id = ? and practice_id = any(?)")
                .params(id, practices).query(TASK).optional();
    }

    List<Task> list(UUID[] practices, UUID owner, String pool, boolean unassigned, UUID patient, boolean openOnly,
                    int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from task
                where practice_id = any(:practices)
                  and (cast(:owner as uuid) is null or owner_id = :owner)
                  and (cast(:pool as text) is null or (role_pool = :pool and owner_id is null))
                  and (not :unassigned or (owner_id is null and role_pool is null))
                  and (cast(:patient as uuid) is null or patient_id = :patient)
                  and (not :openOnly or status in ('OPEN', 'IN_PROGRESS'))
                order by case priority when 'STAT' then 0 when 'ASAP' then 1 when 'URGENT' then 2 else 3 end,
                         due_on, created_at
                limit :limit""")
                .param("limit", Math.max(0, Math.min(limit, MOST))).param("practices", practices).param("owner", owner).param("pool", pool)
                .param("unassigned", unassigned).param("patient", patient).param("openOnly", openOnly)
                .query(TASK).list();
    }

    /** Open tasks of one kind, most urgent first. */
    List<Task> openOfKind(UUID[] practices, TaskKind kind, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from task
                where practice_id = any(?) and kind = ? and status in ('OPEN', 'IN_PROGRESS')
                order by case priority when 'STAT' then 0 when 'ASAP' then 1 when 'URGENT' then 2 else 3 end,
                         due_on, created_at
                limit ?""")
                .params(practices, kind.name(), Math.max(0, Math.min(limit, MOST))).query(TASK).list();
    }

    boolean update(UUID id, int version, TaskStatus status, UUID owner, String pool, String notes, LocalDate dueOn) {
        return jdbc.sql("""
                update task set version = version + 1, status = :status, owner_id = :owner, role_pool = :pool,
                                notes = :notes, due_on = :due,
                                completed_at = case when :status in ('DONE', 'CANCELLED') then coalesce(completed_at, :now) else null end
                 where id = :id and version = :version""")
                .param("status", status.name()).param("owner", owner).param("pool", pool).param("notes", notes)
                .param("due", dueOn).param("now", now()).param("id", id).param("version", version).update() == 1;
    }

    /**
     * Raises every open escalation whose reason starts with {@code reasonPrefix}, of {@code priority}, due the day it
     * was opened (in the organization's zone) and still waiting untaken in a pool since before {@code openedBefore},
     * to {@code raiseTo}; marks each as escalated so it is raised once only. Answers the tasks raised, as they are now.
     */
    List<Task> raiseUntaken(String reasonPrefix, TaskPriority priority, OffsetDateTime openedBefore,
                            TaskPriority raiseTo) {
        return jdbc.sql("""
                update task set priority = :raiseTo, escalated_at = :now, version = version + 1
                 where reason like :prefix and priority = :priority and status = 'OPEN' and owner_id is null
                   and role_pool is not null and escalated_at is null and created_at < :before
                   and due_on <= cast(created_at at time zone :zone as date)
                returning """ + " " + COLUMNS)
                .param("raiseTo", raiseTo.name()).param("now", now()).param("zone", clock.getZone().getId())
                .param("prefix", reasonPrefix.replace("_", "\\_") + "%").param("priority", priority.name())
                .param("before", openedBefore).query(TASK).list();
    }

    /** Records how a closed escalation was handled; called in the transaction that closed it. */
    void recordClosure(UUID id, EscalationDisposition disposition, String note, UUID closedBy) {
        jdbc.sql("update task set disposition = ?, closing_note = ?, closed_by = ? where id = ?")
                .params(disposition.name(), note, closedBy, id).update();
    }

    /** Records who closed a task other than an escalation, and their closing note if they left one. */
    void recordCloser(UUID id, String note, UUID closedBy) {
        jdbc.sql("update task set closing_note = coalesce(?, closing_note), closed_by = ? where id = ?")
                .params(note, closedBy, id).update();
    }

    /**
     * Cancels every open task of the patient, saying why; an open escalation closes with the disposition
     * PATIENT_DIED. Answers the tasks cancelled.
     */
    List<UUID> cancelOpen(UUID patientId, UUID practiceId, String why) {
        return jdbc.sql("""
                update task set status = 'CANCELLED', version = version + 1, completed_at = :now, closing_note = :why,
                                disposition = case when kind = 'ESCALATION' then 'PATIENT_DIED' end
                 where patient_id = :patient and practice_id = :practice and status in ('OPEN', 'IN_PROGRESS')
                returning id""")
                .param("now", now()).param("why", why).param("patient", patientId).param("practice", practiceId)
                .query(UUID.class).list();
    }

    /** Open tasks, escalations and overdue tasks per patient. */
    Map<UUID, OpenWork> openWorkFor(Collection<UUID> patients, LocalDate today) {
        if (patients.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select patient_id,
                       count(*) filter (where kind = 'ESCALATION') as open_escalations,
                       count(*) filter (where due_on < :today) as overdue,
                       count(*) as open
                  from task
                 where patient_id = any(:patients) and status in ('OPEN', 'IN_PROGRESS')
                 group by patient_id""")
                .param("patients", patients.toArray(UUID[]::new)).param("today", today)
                .query(OpenWork.class).list().stream()
                .collect(Collectors.toMap(OpenWork::patientId, work -> work));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
