package org.careloop.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** What happens to enrollments, for other modules to follow. */
public final class EnrollmentEvents {

    private EnrollmentEvents() {
    }

    public record PatientReferred(UUID enrollmentId, UUID patientId, UUID practiceId, CareProgram program) {
    }

    public record EligibilityAttested(UUID enrollmentId, UUID patientId, CareProgram program, UUID attestedBy) {
    }

    public record EnrollmentMoved(UUID enrollmentId, UUID patientId, EnrollmentStatus from, EnrollmentStatus to,
                                  String reason) {
    }

    public record ConsentRecorded(UUID enrollmentId, UUID patientId, CareProgram program, LocalDate obtainedOn) {
    }

    public record ConsentRevoked(UUID enrollmentId, UUID patientId, CareProgram program, LocalDate revokedOn,
                                 LocalDate effectiveEnd) {
    }

    public record BillingPractitionerChanged(UUID enrollmentId, UUID patientId, UUID from, UUID to) {
    }
}
