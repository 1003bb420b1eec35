package org.careloop.fhir.importing;

import java.util.UUID;

import org.careloop.audit.AuditChannel;

/**
 * Where imported patients land and on whose behalf: the practice, the care manager new patients are assigned to
 * (may be null), the door the import came through, and the name recorded in the audit trail when there is no
 * signed-in caller (the command line, demo data).
 */
public record ImportDestination(UUID practiceId, UUID careManagerId, AuditChannel channel, String actor) {
}
