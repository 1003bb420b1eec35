/**
 * FHIR: bundle import, the FHIR read endpoint and the translators between CareLoop's records and FHIR R4; the only module that speaks FHIR.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "careplan", "demo", "directory", "identity", "patient", "program"})
package org.careloop.fhir;
