package org.careloop.appointment;

/** Scheduled until its outcome is known: kept, missed (no-show) or cancelled. */
public enum AppointmentStatus {
    SCHEDULED, KEPT, MISSED, CANCELLED;

    /** Whether the appointment's outcome is recorded (it can no longer change). */
    public boolean settled() {
        return this != SCHEDULED;
    }
}
