package org.careloop.audit;

import java.util.UUID;

/**
 * A read or write of one patient's data, to be recorded. {@code practiceId} and {@code patientId} may be null
 * when the access was refused before the patient was known.
 */
public record PatientDataAccess(AuditAction action, AuditChannel channel, UUID practiceId, UUID patientId,
                                String resourceType, String resourceId, AuditOutcome outcome, String detail) {

    public static PatientDataAccess of(AuditAction action, AuditChannel channel, UUID practiceId, UUID patientId,
                                       String resourceType, Object resourceId) {
        return new PatientDataAccess(action, channel, practiceId, patientId, resourceType,
                resourceId == null ? null : resourceId.toString(), AuditOutcome.SUCCESS, null);
    }

    public PatientDataAccess withOutcome(AuditOutcome outcome, String detail) {
        return new PatientDataAccess(action, channel, practiceId, patientId, resourceType, resourceId, outcome, detail);
    }
}
