package org.careloop.task;

/** Where a task stands; DONE and CANCELLED are final. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED
}
