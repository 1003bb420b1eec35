package org.careloop.careplansharing;

/** How the plan travels: a summary by e-mail (with the plan as a PDF) or a FHIR R4 Bundle for the other EHR. */
public enum ShareMethod {
    EMAIL, FHIR_BUNDLE
}
