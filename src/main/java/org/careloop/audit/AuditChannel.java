package org.careloop.audit;

/** The door the request came through; HL7 is a hospital's v2 feed (ADT over MLLP). */
public enum AuditChannel {
    API, FHIR, UI, IMPORT, COMMAND_LINE, SYSTEM, HL7
}
