/**
 * Care gaps: preventive and chronic-care measures kept as data ({@code caregap/measures.json}, each citing its
 * USPSTF, ACIP or ADA source), evaluated for one patient from a FHIR bundle (what-if, stores nothing) or for the
 * practices' stored patients (kept in {@code care_gap}, recomputed when the record changes and by {@link
 * org.careloop.caregap.CareGaps#sweep}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "careplan", "identity", "patient", "schedule"})
package org.careloop.caregap;
