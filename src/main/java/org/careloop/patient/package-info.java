/**
 * Patient: the registry of the practices' patients ({@link org.careloop.patient.PatientRegistry}) and their clinical
 * record as received from EHRs ({@link org.careloop.patient.ClinicalRecord}). Every read and write is scoped to the
 * caller's practices and audited; the module knows nothing of FHIR, which the fhir module translates at the edge.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity"})
package org.careloop.patient;
