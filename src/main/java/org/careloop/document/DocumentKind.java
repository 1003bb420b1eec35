package org.careloop.document;

/**
 * What a document is, in the words of the care team's chart: a clinical note (history and physical, progress or
 * visit note), a hospital discharge summary, a specialist's consult note, or anything else (a letter, a scan).
 */
public enum DocumentKind {
    CLINICAL_NOTE, DISCHARGE_SUMMARY, CONSULT_NOTE, OTHER
}
