package org.careloop.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the audit trail, as stored. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String username, String roles, UUID practiceId,
                         UUID patientId, String action, String resourceType, String resourceId,
                         String clientAddress, String channel, String outcome, String detail) {
}
