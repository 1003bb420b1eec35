/**
 * FHIR: CareLoop's only door to FHIR R4 (HAPI FHIR), in rooms. The module root holds the shared FHIR context and
 * loads the shipped questionnaires for the assessment module. {@code translate} holds one translator per resource,
 * both ways (FHIR to CareLoop's records for imports, CareLoop's records to FHIR for reads) and the one
 * {@code FhirValues}. {@code importing} reads, checks and stores bundles, whole or not at all, and is the named
 * interface the command line, the demo data and the admin page load through. {@code endpoint} is the FHIR REST
 * server at {@code /fhir}: reads, searches with paging, {@code $everything}, the bundle import at the base URL and
 * the mapping of every failure to a clean OperationOutcome, and the care-gap what-if evaluation of a bundle
 * ({@code /api/care-gaps/evaluate}, translated by {@code translate.CareGapBundles}), and a community referral as
 * the SDOH guide's ServiceRequest with its Task ({@code /api/referrals/{id}/fhir}). No other module speaks FHIR.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "caregap", "careplan", "careplansharing", "community", "database", "directory", "document", "identity", "monitoring", "patient", "program", "referral", "transition"})
package org.careloop.fhir;
