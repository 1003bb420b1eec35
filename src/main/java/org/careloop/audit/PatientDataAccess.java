package org.careloop.audit;

import java.util.UUID;

/**
 * A read or write of one patient's data, to be recorded. {@code practiceId} and {@code patientId} may be null
 * when the access was refused before the patient was known. The channel is not part of it: the trail takes it from
 * the request or the explicit context ({@link AuditChannels}).
 */
public record PatientDataAccess(AuditAction action, UUID practiceId, UUID patientId,
                                String resourceType, String resourceId, AuditOutcome outcome, String detail) {

    public static PatientDataAccess of(AuditAction action, UUID practiceId, UUID patientId,
                                       String resourceType, Object resourceId) {
        return new PatientDataAccess(action, practiceId, patientId, resourceType,
                resourceId == null ? null : resourceId.toString(), AuditOutcome.SUCCESS, null);
    }

    public PatientDataAccess withOutcome(AuditOutcome outcome, String detail) {
        return new PatientDataAccess(action, practiceId, patientId, resourceType, resourceId, outcome, detail);
    }
}
