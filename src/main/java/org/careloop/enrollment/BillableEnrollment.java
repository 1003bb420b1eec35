package org.careloop.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;

/**
 * An enrollment as the billing month sees it: program, complexity, the billing practitioner's NPI, dates, QMB
 * evidence, the consent given for the current practitioner (null when there is none), and whether a provider
 * attested that the patient qualifies.
 */
public record BillableEnrollment(UUID patientId, CareProgram program, boolean complex, String billingPractitionerNpi,
                                 LocalDate startOn, LocalDate endOn, LocalDate qmbVerifiedOn, LocalDate consentOn,
                                 LocalDate consentRevokedOn, EnrollmentStatus status, boolean attested) {
}
