package org.careloop.patient;

import java.util.UUID;

/**
 * A patient opened through the {@link PatientGate}: the caller may reach this patient, and the access is on the
 * audit trail. Only the gate hands these out, so a module holding one has passed the scope check and been recorded.
 */
public final class PatientAccess {

    private final UUID patientId;
    private final UUID practiceId;

    PatientAccess(UUID patientId, UUID practiceId) {
        this.patientId = patientId;
        this.practiceId = practiceId;
    }

    public UUID patientId() {
        return patientId;
    }

    /** The practice the patient belongs to, for the module's own writes. */
    public UUID practiceId() {
        return practiceId;
    }
}
