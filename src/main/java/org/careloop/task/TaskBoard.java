package org.careloop.task;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's tasks: their own, their role's pool and the unassigned ones, within their practices. Tasks about a
 * patient are patient data: scoped to the patient's practice and audited.
 */
@Service
public class TaskBoard {

    static final String RESOURCE = "Task";

    /** Which tasks to show. */
    public enum View { MINE, POOL, UNASSIGNED, ALL }

    /**
     * A change to a task; null fields stay as they are. Closing an escalation (done or cancelled) needs the
     * {@code disposition} and a {@code closingNote} saying what was done.
     */
    public record Change(int version, TaskStatus status, UUID ownerId, String rolePool, String notes, LocalDate dueOn,
                         EscalationDisposition disposition, String closingNote) {

        /** A change that closes nothing with a disposition. */
        public Change(int version, TaskStatus status, UUID ownerId, String rolePool, String notes, LocalDate dueOn) {
            this(version, status, ownerId, rolePool, notes, dueOn, null, null);
        }
    }

    private final Tasks tasks;
    private final Callers callers;
    private final PatientGate gate;
    private final Staff staff;
    private final Clock clock;

    TaskBoard(Tasks tasks, Callers callers, PatientGate gate, Staff staff, Clock clock) {
        this.tasks = tasks;
        this.callers = callers;
        this.gate = gate;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public Task open(NewTask task) {
        if (task.patientId() == null) {
            return open(task, task.practiceId());
        }
        return gate.create(task.patientId(), RESOURCE, access -> open(task, access.practiceId()), Task::id);
    }

    private Task open(NewTask task, UUID practice) {
        Caller caller = callers.current();
        Map<String, String> problems = new LinkedHashMap<>();
        if (task.title() == null || task.title().isBlank()) {
            problems.put("title", "is required");
        }
        if (task.dueOn() == null) {
            problems.put("dueOn", "is required");
        }
        if (practice == null || !caller.worksIn(practice)) {
            problems.put("practiceId", "must be one of your practices when the task is not about a patient");
        }
        if (task.rolePool() != null && !isRole(task.rolePool())) {
            problems.put("rolePool", "must be one of CARE_MANAGER, NURSE, PROVIDER, BILLER, ADMIN");
        }
        if (task.ownerId() != null && practice != null && !worksIn(task.ownerId(), practice)) {
            problems.put("ownerId", "must be someone who works in the practice");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        UUID id = tasks.insert(new NewTask(practice, task.patientId(), task.title().trim(),
                task.kind() == null ? TaskKind.FOLLOW_UP : task.kind(), task.ownerId(), task.rolePool(), task.dueOn(),
                task.priority() == null ? TaskPriority.ROUTINE : task.priority(), task.notes(), task.source()),
                caller.userId());
        return tasks.find(id, new UUID[] {practice}).orElseThrow();
    }

    /**
     * One task of the caller's practices, with its triggers; a task about a patient is recorded as read. Another
     * practice's task is not found, exactly like a missing one.
     */
    public Task task(UUID id) {
        Task task = find(id, callers.current().practiceArray());
        if (task.patientId() != null) {
            gate.open(task.patientId(), AuditAction.READ, RESOURCE, id);
        }
        return task;
    }

    /** One task of the caller's practices with its triggers. */
    private Task find(UUID id, UUID[] practices) {
        return tasks.find(id, practices).map(task -> tasks.withTriggers(List.of(task)).get(0))
                .orElseThrow(() -> new NotFound("No task " + id));
    }

    public List<Task> list(View view, UUID patientId, boolean openOnly) {
        return list(view, patientId, openOnly, Tasks.MOST);
    }

    /** As {@link #list(View, UUID, boolean)}, the {@code limit} most urgent only; only those are audited. */
    public List<Task> list(View view, UUID patientId, boolean openOnly, int limit) {
        Caller caller = callers.current();
        if (patientId != null) {
            gate.check(patientId, AuditAction.READ, RESOURCE);
        }
        List<Task> found = switch (view) {
            case MINE -> tasks.list(caller.practiceArray(), caller.userId(), null, false, patientId, openOnly, limit);
            case POOL -> caller.roles().stream()
                    .flatMap(role -> tasks.list(caller.practiceArray(), null, role.name(), false, patientId, openOnly, limit).stream())
                    .limit(limit).toList();
            case UNASSIGNED -> tasks.list(caller.practiceArray(), null, null, true, patientId, openOnly, limit);
            case ALL -> tasks.list(caller.practiceArray(), null, null, false, patientId, openOnly, limit);
        };
        return listed(found);
    }

    /** Open escalations of the caller's practices, most urgent first (a provider's inbox); each one is audited. */
    public List<Task> openEscalations() {
        List<Task> found = tasks.openOfKind(callers.current().practiceArray(), TaskKind.ESCALATION, Tasks.MOST);
        return listed(found);
    }

    @Transactional
    public Task change(UUID id, Change change) {
        Caller caller = callers.current();
        Task task = find(id, caller.practiceArray());
        TaskStatus status = change.status() == null ? task.status() : change.status();
        String refusal = task.refusalToMove(status);
        if (refusal != null) {
            throw new RefusedTransition(refusal);
        }
        boolean closing = task.isOpen() && (status == TaskStatus.DONE || status == TaskStatus.CANCELLED);
        if (closing && task.closesWithDisposition()) {
            requireDisposition(change);
        }
        if (change.rolePool() != null && !isRole(change.rolePool())) {
            throw new InvalidRequest("Invalid rolePool", Map.of("rolePool", "must be one of CARE_MANAGER, NURSE, PROVIDER, BILLER, ADMIN"));
        }
        boolean applied = tasks.update(id, change.version(), status,
                change.ownerId() == null ? task.ownerId() : change.ownerId(),
                change.rolePool() == null ? task.rolePool() : change.rolePool(),
                change.notes() == null ? task.notes() : change.notes(),
                change.dueOn() == null ? task.dueOn() : change.dueOn());
        if (!applied) {
            throw new StaleVersion("Task " + id + " was changed by someone else since version " + change.version(),
                    task.version());
        }
        if (closing && task.closesWithDisposition()) {
            tasks.recordClosure(id, change.disposition(), change.closingNote().trim(), caller.userId());
        } else if (closing) {
            // who finished the work (a hand-off says who took the call over) is kept for every task
            tasks.recordCloser(id, blankToNull(change.closingNote()), caller.userId());
        }
        if (task.patientId() != null) {
            gate.open(task.patientId(), AuditAction.UPDATE, RESOURCE, id);
        }
        return find(id, caller.practiceArray());
    }

    private static void requireDisposition(Change change) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (change.disposition() == null) {
            problems.put("disposition", "is required to close an escalation: one of "
                    + String.join(", ", Arrays.stream(EscalationDisposition.values()).map(Enum::name).toList()));
        }
        if (change.closingNote() == null || change.closingNote().isBlank()) {
            problems.put("closingNote", "is required to close an escalation: say what was done and how the patient is");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    /**
     * Raises an escalation on the system's behalf: opens it for the patient and {@code reason}, or, when one is
     * open already, adds the trigger to it so the nurse sees both and works one task.
     */
    @Transactional
    public UUID escalate(NewTask task, String reason, EscalationTrigger trigger) {
        UUID fresh = UUID.randomUUID();
        UUID id = tasks.insertEscalation(fresh, task, reason);
        tasks.insertTrigger(id, task.patientId(), task.practiceId(), trigger);
        gate.recordSystemChange(task.patientId(), task.practiceId(),
                id.equals(fresh) ? AuditAction.CREATE : AuditAction.UPDATE, RESOURCE, id);
        return id;
    }

    /**
     * Keeps one open task about the patient for {@code reason} on the system's behalf (a hospital's notice, a
     * reaction to another module's event): opens it, or, when one is open already, brings its title, notes and due
     * day up to date. Recorded as the system's change; answers the task's id.
     */
    @Transactional
    public UUID keepOpen(NewTask task, String reason) {
        UUID fresh = UUID.randomUUID();
        UUID id = tasks.upsertByReason(fresh, task, reason);
        gate.recordSystemChange(task.patientId(), task.practiceId(),
                id.equals(fresh) ? AuditAction.CREATE : AuditAction.UPDATE, RESOURCE, id);
        return id;
    }

    /**
     * Opens a task the system raised on its own, outside any request (a community referral nobody answered): owned
     * by {@code task.ownerId()} or in {@code task.rolePool()}, recorded as the system's change. Answers its id.
     */
    @Transactional
    public UUID openForSystem(NewTask task) {
        UUID id = tasks.insert(task, null);
        if (task.patientId() != null) {
            gate.recordSystemChange(task.patientId(), task.practiceId(), AuditAction.CREATE, RESOURCE, id);
        }
        return id;
    }

    /**
     * Closes the patient's open task for {@code reason}, DONE or CANCELLED, on the system's behalf, with the
     * {@code note} saying why (the work it asked for was done elsewhere, or is no longer owed). Nothing happens when
     * none is open.
     */
    @Transactional
    public void closeFor(UUID patientId, UUID practiceId, String reason, TaskStatus status, String note) {
        if (status != TaskStatus.DONE && status != TaskStatus.CANCELLED) {
            throw new IllegalArgumentException("A task is closed as DONE or CANCELLED, not " + status);
        }
        tasks.closeByReason(patientId, reason, status, note).ifPresent(id ->
                gate.recordSystemChange(patientId, practiceId, AuditAction.UPDATE, RESOURCE, id));
    }

    /**
     * Same-day work nobody took in time: every open escalation whose reason starts with {@code reasonPrefix}, of
     * {@code priority}, still waiting in its pool untaken since before {@code window} ago, is raised to STAT (the top
     * of its pool, which still sees it, and of the providers' inbox) with a trigger saying so in {@code detail}. Once
     * per task, however often it is called; each one is recorded as a system change. Answers the tasks raised.
     */
    @Transactional
    public List<Task> escalateUntaken(String reasonPrefix, TaskPriority priority, Duration window, String detail) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Task> raised = tasks.raiseUntaken(reasonPrefix, priority, now.minus(window), TaskPriority.STAT);
        for (Task task : raised) {
            tasks.insertTrigger(task.id(), task.patientId(), task.practiceId(),
                    new EscalationTrigger(null, null, null, null, detail, now));
            if (task.patientId() != null) {
                gate.recordSystemChange(task.patientId(), task.practiceId(), AuditAction.UPDATE, RESOURCE, task.id());
            }
        }
        return raised;
    }

    /** Open work per patient, for the worklist, which records what it shows. */
    public Map<UUID, OpenWork> openWorkFor(Collection<UUID> patients, LocalDate today) {
        return tasks.openWorkFor(patients, today);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Tasks about a patient are recorded as read, one event each; practice tasks name no patient. */
    private List<Task> listed(List<Task> found) {
        List<Task> aboutPatients = gate.listed(AuditAction.READ, RESOURCE,
                found.stream().filter(task -> task.patientId() != null).toList(),
                task -> new PatientGate.Listed(task.patientId(), task.practiceId(), task.id()));
        return tasks.withTriggers(found.stream()
                .filter(task -> task.patientId() == null || aboutPatients.contains(task)).toList());
    }

    /** Whether the person works in the practice in any role: a task is only ever handed to a colleague. */
    private boolean worksIn(UUID person, UUID practice) {
        return Arrays.stream(Role.values()).anyMatch(role -> staff.inPractice(practice, role).stream()
                .anyMatch(member -> member.id().equals(person)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static boolean isRole(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
