/**
 * Document: clinical documents kept with the patient's chart, as PostgreSQL holds them: notes and summaries an EHR
 * sent (FHIR DocumentReference) and files the care team uploaded, each downloaded on the audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "patient"})
package org.careloop.document;
