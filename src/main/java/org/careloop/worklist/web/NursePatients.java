package org.careloop.worklist.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.careloop.identity.Caller;
import org.careloop.patient.PatientRoster;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.springframework.stereotype.Component;

/**
 * A nurse's worklist: she has no panel of her own, so her patients are those with open tasks in her role's pool or
 * in her own hands, escalations first, then overdue work, then the earliest due.
 */
@Component
class NursePatients {

    /** One patient and the nurse's open work about them. */
    public record Row(UUID patientId, UUID practiceId, String name, String mrn, int escalations, int tasks,
                      LocalDate earliestDue, boolean overdue) {
    }

    private final TaskBoard board;
    private final PatientRoster roster;

    NursePatients(TaskBoard board, PatientRoster roster) {
        this.board = board;
        this.roster = roster;
    }

    List<Row> of(Caller nurse) {
        Map<UUID, List<Task>> byPatient = Stream.concat(
                        board.list(TaskBoard.View.POOL, null, true).stream(),
                        board.list(TaskBoard.View.MINE, null, true).stream())
                .filter(task -> task.patientId() != null)
                .collect(Collectors.groupingBy(Task::patientId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, PatientRoster.RosterEntry> patients = roster.of(byPatient.keySet(), nurse.practiceArray());
        LocalDate today = board.today();
        return byPatient.entrySet().stream().filter(e -> patients.containsKey(e.getKey())).map(e -> {
            PatientRoster.RosterEntry patient = patients.get(e.getKey());
            List<Task> tasks = e.getValue();
            return new Row(patient.id(), patient.practiceId(), patient.displayName(), patient.mrn(),
                    (int) tasks.stream().filter(t -> t.kind() == TaskKind.ESCALATION).count(), tasks.size(),
                    tasks.stream().map(Task::dueOn).min(Comparator.naturalOrder()).orElse(null),
                    tasks.stream().anyMatch(t -> t.isOverdue(today)));
        }).sorted(Comparator.comparingInt(Row::escalations).reversed()
                .thenComparing(Row::overdue, Comparator.reverseOrder())
                .thenComparing(Row::earliestDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::name)).toList();
    }
}
