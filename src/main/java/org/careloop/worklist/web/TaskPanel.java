package org.careloop.worklist.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientRoster;
import org.careloop.task.EscalationDisposition;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.springframework.stereotype.Component;

/** The task list beside the worklist: the caller's own open tasks, their roles' pools and the unassigned ones. */
@Component
class TaskPanel {

    /** One task as listed, with the patient's name when it is about a patient. */
    public record Line(Task task, String patientName, boolean overdue) {
    }

    /** One section's most urgent tasks; {@code full} when more may wait beyond them. */
    public record Section(List<Line> lines, boolean full) {
    }

    /** The three sections, the dispositions an escalation closes with, and the zone times are shown in. */
    public record Sections(Section mine, Section pool, Section unassigned, List<EscalationDisposition> dispositions,
                           ZoneId zone) {
    }

    /** A side panel lists the most urgent few of each section; the rest wait their turn. */
    static final int SHOWN = 25;

    private final TaskBoard board;
    private final PatientRoster roster;
    private final Callers callers;
    private final Clock clock;

    TaskPanel(TaskBoard board, PatientRoster roster, Callers callers, Clock clock) {
        this.board = board;
        this.roster = roster;
        this.callers = callers;
        this.clock = clock;
    }

    Sections sections() {
        Caller caller = callers.current();
        List<Task> mine = board.list(TaskBoard.View.MINE, null, true, SHOWN);
        List<Task> pool = board.list(TaskBoard.View.POOL, null, true, SHOWN);
        List<Task> unassigned = board.list(TaskBoard.View.UNASSIGNED, null, true, SHOWN);
        Map<UUID, PatientRoster.RosterEntry> patients = roster.of(Stream.of(mine, pool, unassigned)
                .flatMap(List::stream).map(Task::patientId).filter(id -> id != null).collect(Collectors.toSet()),
                caller.practiceArray());
        LocalDate today = board.today();
        return new Sections(section(mine, patients, today), section(pool, patients, today),
                section(unassigned, patients, today), java.util.Arrays.stream(EscalationDisposition.values())
                        .filter(d -> d != EscalationDisposition.PATIENT_DIED).toList(), clock.getZone());
    }

    private static Section section(List<Task> tasks, Map<UUID, PatientRoster.RosterEntry> patients, LocalDate today) {
        return new Section(tasks.stream().map(task -> new Line(task,
                task.patientId() == null || !patients.containsKey(task.patientId()) ? null
                        : patients.get(task.patientId()).displayName(), task.isOverdue(today))).toList(),
                tasks.size() >= SHOWN);
    }
}
