package org.careloop.patient;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A vaccine given, coded in CVX. */
public record PatientImmunization(UUID id, String cvxCode, String display, String status, OffsetDateTime occurredAt) {
}
