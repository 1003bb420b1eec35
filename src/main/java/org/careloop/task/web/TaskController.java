package org.careloop.task.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.task.EscalationDisposition;
import org.careloop.task.NewTask;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.careloop.task.TaskStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks: the to-do items behind the worklist. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskController {

    record TaskForm(UUID practiceId, UUID patientId, String title, TaskKind kind, UUID ownerId, String rolePool,
                    LocalDate dueOn, TaskPriority priority, String notes) {
    }

    /** Closing an escalation (DONE or CANCELLED) needs {@code disposition} and {@code closingNote}. */
    record TaskChange(int version, TaskStatus status, UUID ownerId, String rolePool, String notes, LocalDate dueOn,
                      EscalationDisposition disposition, String closingNote) {
    }

    private final TaskBoard board;

    TaskController(TaskBoard board) {
        this.board = board;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a task for a person or a role's pool")
    Task open(@RequestBody TaskForm form) {
        return board.open(new NewTask(form.practiceId(), form.patientId(), form.title(), form.kind(), form.ownerId(),
                form.rolePool(), form.dueOn(), form.priority(), form.notes(), "manual"));
    }

    @GetMapping
    @Operation(summary = "List tasks: view=MINE (default), POOL (your roles' pools), UNASSIGNED or ALL")
    List<Task> list(@RequestParam(defaultValue = "MINE") TaskBoard.View view,
                    @RequestParam(required = false) UUID patient,
                    @RequestParam(defaultValue = "true") boolean openOnly) {
        return board.list(view, patient, openOnly);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change status, owner, pool, notes or due date; send the version you read. Closing an "
            + "escalation needs a disposition and a closing note")
    Task change(@PathVariable UUID id, @RequestBody TaskChange change) {
        return board.change(id, new TaskBoard.Change(change.version(), change.status(), change.ownerId(),
                change.rolePool(), change.notes(), change.dueOn(), change.disposition(), change.closingNote()));
    }
}
