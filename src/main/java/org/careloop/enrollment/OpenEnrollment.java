package org.careloop.enrollment;

import java.util.UUID;

import org.careloop.program.CareProgram;

/** An enrollment that is not ended, as lists need it: program, status, and whether consent is on file. */
public record OpenEnrollment(UUID enrollmentId, UUID patientId, CareProgram program, EnrollmentStatus status,
                             boolean consented) {

    public boolean awaitingConsent() {
        return !consented && status != EnrollmentStatus.PAUSED;
    }
}
