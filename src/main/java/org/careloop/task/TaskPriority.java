package org.careloop.task;

/** FHIR request priority: routine, urgent, asap, stat. */
public enum TaskPriority {
    ROUTINE, URGENT, ASAP, STAT
}
