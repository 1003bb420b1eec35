package org.careloop.patient;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A visit or contact with the health system; {@code classCode} tells ambulatory, emergency, inpatient and so on. */
public record PatientEncounter(UUID id, String status, String classCode, String typeSystem, String typeCode,
                               String typeDisplay, OffsetDateTime periodStart, OffsetDateTime periodEnd,
                               String reasonCode, String reasonDisplay) {
}
