package org.careloop.billing;

import java.util.UUID;

import org.careloop.program.CareProgram;

/** A program a patient is not billed for this month, and why. */
public record StatementRefusal(UUID patientId, String mrn, String patientName, CareProgram program, String reason) {
}
