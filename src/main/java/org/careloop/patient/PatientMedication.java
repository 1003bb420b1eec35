package org.careloop.patient;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A prescription or a medication the patient reports taking ({@code sourceType} says which). */
public record PatientMedication(UUID id, String sourceType, String rxnormCode, String display, String dose,
                                String status, String intent, OffsetDateTime authoredAt, String reasonCode) {
}
