package org.careloop.education;

/**
 * Where an assigned material stands: assigned and not yet taught back (or a teach-back not done), needing
 * reinforcement, or understood — which ends it; teaching it again is a new assignment.
 */
public enum AssignmentStatus {
    ASSIGNED, NEEDS_REINFORCEMENT, UNDERSTOOD;

    /** Whether a teach-back may still be recorded. */
    public boolean open() {
        return this != UNDERSTOOD;
    }
}
