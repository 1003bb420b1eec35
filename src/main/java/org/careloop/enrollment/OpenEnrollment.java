package org.careloop.enrollment;

import java.util.UUID;

/** An enrollment that is not ended, as lists need it: program, status, and whether consent is on file. */
public record OpenEnrollment(UUID enrollmentId, UUID patientId, String program, EnrollmentStatus status,
                             boolean consented) {

    public boolean awaitingConsent() {
        return !consented && status != EnrollmentStatus.PAUSED;
    }
}
