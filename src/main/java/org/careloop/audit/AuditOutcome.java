package org.careloop.audit;

/** How the audited action ended. {@code NOT_FOUND} includes a patient outside the caller's practices. */
public enum AuditOutcome {
    SUCCESS, DENIED, NOT_FOUND, FAILED
}
