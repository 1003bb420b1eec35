package org.careloop.handoff;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.task.TaskPriority;

/**
 * What the care manager asks when handing a call over: to a role's pool ({@code rolePool} NURSE or PROVIDER) or to
 * one colleague ({@code ownerId}), with a note saying what is needed, by when ({@code dueOn}, today when null) and
 * how urgently ({@code priority}, routine when null).
 */
public record HandOver(String rolePool, UUID ownerId, String note, LocalDate dueOn, TaskPriority priority) {
}
