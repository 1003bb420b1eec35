package org.careloop.medication;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinician went through the patient's medications with the patient (or caregiver) and signed the resulting list.
 * A transition of care counts this as its medication reconciliation.
 */
public record MedicationsReconciled(UUID patientId, UUID practiceId, UUID reconciliationId, LocalDate reconciledOn,
                                   UUID reconciledBy) {
}
