package org.careloop.audit;

/** What was done to patient data (or to an account). */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, IMPORT, LOGIN, LOGIN_FAILED, LOGOUT
}
