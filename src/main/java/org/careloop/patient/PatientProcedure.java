package org.careloop.patient;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A procedure performed on the patient. */
public record PatientProcedure(UUID id, String codeSystem, String code, String display, String status,
                               OffsetDateTime performedStart, OffsetDateTime performedEnd, String reasonCode) {
}
