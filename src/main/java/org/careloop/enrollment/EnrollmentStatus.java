package org.careloop.enrollment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where an enrollment stands, and the moves allowed from each state. */
public enum EnrollmentStatus {
    REFERRED, ELIGIBLE, CONSENT_PENDING, ACTIVE, PAUSED, DISENROLLED;

    private static final Map<EnrollmentStatus, Set<EnrollmentStatus>> MOVES = Map.of(
            REFERRED, EnumSet.of(ELIGIBLE, CONSENT_PENDING, DISENROLLED),
            ELIGIBLE, EnumSet.of(CONSENT_PENDING, ACTIVE, DISENROLLED),
            CONSENT_PENDING, EnumSet.of(ACTIVE, DISENROLLED),
            ACTIVE, EnumSet.of(PAUSED, CONSENT_PENDING, DISENROLLED),
            PAUSED, EnumSet.of(ACTIVE, CONSENT_PENDING, DISENROLLED),
            DISENROLLED, EnumSet.noneOf(EnrollmentStatus.class));

    public boolean canMoveTo(EnrollmentStatus next) {
        return MOVES.get(this).contains(next);
    }

    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
