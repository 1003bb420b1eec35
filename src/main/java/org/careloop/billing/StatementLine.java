package org.careloop.billing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.careloop.program.CareProgram;

/**
 * One claim line of a billing statement, with what a biller needs to send it: the patient's MBI, the rendering
 * practitioner's NPI ({@code billingNpi}, the enrollment's billing practitioner), the practice's group NPI and TIN,
 * the place of service, the charge (fee schedule × units, null when the practice has no fee for the code) and up to
 * four ICD-10-CM diagnosis codes in pointer order ({@code diagnosisCodes}, separated by "; ").
 */
public record StatementLine(UUID patientId, String mrn, String patientName, LocalDate birthDate, String billingNpi,
                           CareProgram program, String code, int units, LocalDate dateOfService, String diagnosisCodes,
                           int minutes, String explanation, String medicareId, String groupNpi, String tin,
                           String placeOfService, Long chargeCents) {

    /** The diagnosis codes in pointer order (A, B, C, D). */
    public List<String> diagnoses() {
        return diagnosisCodes == null || diagnosisCodes.isBlank() ? List.of()
                : Arrays.stream(diagnosisCodes.split(";")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }
}
