package org.careloop.billing;

import java.util.UUID;

/** A program a patient is not billed for this month, and why. */
public record StatementRefusal(UUID patientId, String mrn, String patientName, String program, String reason) {
}
