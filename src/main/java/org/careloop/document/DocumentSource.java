package org.careloop.document;

/** Where a document came from: an EHR's export (FHIR DocumentReference) or an upload by the care team. */
public enum DocumentSource {
    IMPORTED, UPLOADED
}
