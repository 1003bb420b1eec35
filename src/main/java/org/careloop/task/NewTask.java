package org.careloop.task;

import java.time.LocalDate;
import java.util.UUID;

/** What is needed to open a task: owned by a person ({@code ownerId}) or put in a role's pool ({@code rolePool}). */
public record NewTask(UUID practiceId, UUID patientId, String title, TaskKind kind, UUID ownerId, String rolePool,
                      LocalDate dueOn, TaskPriority priority, String notes, String source) {
}
