package org.careloop.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A to-do item: owned by one person or waiting in a role's pool (for example the nurses' pool for an escalation),
 * due on a day, with a priority and a status. {@code version} guards against two people changing it at once.
 */
public record Task(UUID id, UUID practiceId, UUID patientId, int version, String title, TaskKind kind, UUID ownerId,
                   String rolePool, LocalDate dueOn, TaskPriority priority, TaskStatus status, String notes,
                   String source, OffsetDateTime createdAt, OffsetDateTime completedAt) {

    public boolean isOpen() {
        return status == TaskStatus.OPEN || status == TaskStatus.IN_PROGRESS;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    /** The move to {@code next}, or why it is refused. Done and cancelled tasks stay as they are. */
    public String refusalToMove(TaskStatus next) {
        if (!isOpen() && next != status) {
            return "The task is " + status.name().toLowerCase().replace('_', ' ') + " and cannot become "
                    + next.name().toLowerCase().replace('_', ' ');
        }
        return null;
    }
}
