package org.careloop.timetracking;

import java.util.UUID;

import org.careloop.RefusedTransition;

/** The same person already logged time overlapping this span (answered 409, naming that entry). */
public class OverlappingTime extends RefusedTransition {
    private final UUID overlappingEntryId;

    public OverlappingTime(String message, UUID overlappingEntryId) {
        super(message);
        this.overlappingEntryId = overlappingEntryId;
    }

    public UUID overlappingEntryId() {
        return overlappingEntryId;
    }
}
