package org.careloop.wishes;

/** On file, or revoked by the patient (kept, so the record shows what once applied). */
public enum DirectiveStatus {
    ON_FILE, REVOKED
}
