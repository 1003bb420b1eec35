package org.careloop.billing;

import java.time.LocalDate;

import org.careloop.program.CareProgram;

/** One claim line: a code, its units, and the sentence that justifies it to a biller. */
public record BillingLine(String code, int units, CareProgram program, String explanation, String billingPractitioner,
                          LocalDate dateOfService, int minutes) {
}
