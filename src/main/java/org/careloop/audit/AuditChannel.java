package org.careloop.audit;

/** The door the request came through. */
public enum AuditChannel {
    API, FHIR, UI, IMPORT, COMMAND_LINE, SYSTEM
}
