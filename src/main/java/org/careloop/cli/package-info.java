/**
 * Command-line tools the jar runs instead of the web server: {@code import} (bulk FHIR load),
 * {@code benchmark-import} and {@code benchmark-month}. They use other modules' public services only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"adt", "audit", "billing", "caregap", "identity", "worklist", "program", "fhir :: importing"})
package org.careloop.cli;
