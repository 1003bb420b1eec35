/**
 * Importing FHIR bundles (from an EHR, the command line, the admin page or the demo data): read as a stream,
 * references checked, translated through {@code fhir.translate}, stored in one transaction and audited.
 */
@org.springframework.modulith.NamedInterface("importing")
package org.careloop.fhir.importing;
