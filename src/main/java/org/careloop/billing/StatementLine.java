package org.careloop.billing;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** One claim line of a billing statement, with what a biller needs to send it. */
public record StatementLine(UUID patientId, String mrn, String patientName, LocalDate birthDate, String billingNpi,
                           CareProgram program, String code, int units, LocalDate dateOfService, String diagnosisCodes,
                           int minutes, String explanation) {
}
