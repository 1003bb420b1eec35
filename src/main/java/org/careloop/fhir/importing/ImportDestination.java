package org.careloop.fhir.importing;

import java.util.UUID;

/**
 * Where imported patients land: the practice, and the care manager new patients are assigned to (may be null).
 * The door the import came through and, without a signed-in caller, who acted are the audit context's
 * ({@link org.careloop.audit.AuditChannels#within}).
 */
public record ImportDestination(UUID practiceId, UUID careManagerId) {
}
