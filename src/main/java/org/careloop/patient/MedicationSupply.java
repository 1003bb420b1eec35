package org.careloop.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one of the patient's prescriptions says about its supply, as the EHR sent it (FHIR
 * {@code MedicationRequest.dispenseRequest}): the day the supply starts (the validity period's start, else the day it
 * was written), the days one fill lasts, the quantity of one fill and the refills the prescriber allowed. It is the
 * order, not a pharmacy's record of what was handed over: CareLoop receives no dispense records.
 */
public record MedicationSupply(UUID medicationId, LocalDate startsOn, int daysSupply, BigDecimal quantity,
                               String unit, int refillsAllowed) {
}
