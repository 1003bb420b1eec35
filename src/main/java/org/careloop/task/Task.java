package org.careloop.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A to-do item: owned by one person or waiting in a role's pool (for example the nurses' pool for an escalation),
 * due on a day, with a priority and a status. {@code version} guards against two people changing it at once.
 * An escalation also has a {@code reason} (one open escalation per patient and reason), the {@code triggers} that
 * raised it, and once closed the {@code disposition}, the {@code closingNote} and who closed it. {@code createdBy} is
 * who opened the task (null when CareLoop opened it on its own, as for an escalation).
 */
public record Task(UUID id, UUID practiceId, UUID patientId, int version, String title, TaskKind kind, UUID ownerId,
                   String rolePool, LocalDate dueOn, TaskPriority priority, TaskStatus status, String notes,
                   String source, OffsetDateTime createdAt, OffsetDateTime completedAt, String reason,
                   EscalationDisposition disposition, String closingNote, UUID closedBy,
                   List<EscalationTrigger> triggers, UUID createdBy) {

    public Task {
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN || status == TaskStatus.IN_PROGRESS;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    /** Clinical alert work (escalations) is closed with a disposition and a note, never with one click. */
    public boolean closesWithDisposition() {
        return kind == TaskKind.ESCALATION;
    }

    /** The move to {@code next}, or why it is refused. Done and cancelled tasks stay as they are. */
    public String refusalToMove(TaskStatus next) {
        if (!isOpen() && next != status) {
            return "The task is " + status.name().toLowerCase().replace('_', ' ') + " and cannot become "
                    + next.name().toLowerCase().replace('_', ' ');
        }
        return null;
    }

    Task withTriggers(List<EscalationTrigger> found) {
        return new Task(id, practiceId, patientId, version, title, kind, ownerId, rolePool, dueOn, priority, status,
                notes, source, createdAt, completedAt, reason, disposition, closingNote, closedBy, found, createdBy);
    }
}
