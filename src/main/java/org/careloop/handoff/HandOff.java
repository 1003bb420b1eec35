package org.careloop.handoff;

import java.util.UUID;

import org.careloop.task.Task;

/**
 * A call handed over: the task that carries it, the contact it came from, whether it still waits untaken in its
 * pool, who handed it over, who has it now ({@code ownerName}, null while it waits) and who finished it
 * ({@code closedByName}).
 */
public record HandOff(Task task, UUID interactionId, boolean waiting, String handedOverBy, String ownerName,
                      String closedByName) {

    static HandOff of(Task task, UUID interactionId, String handedOverBy, String ownerName, String closedByName) {
        return new HandOff(task, interactionId, task.isOpen() && task.ownerId() == null, handedOverBy, ownerName,
                closedByName);
    }
}
