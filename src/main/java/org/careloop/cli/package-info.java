/**
 * Command-line tools the jar runs instead of the web server: {@code import} (bulk FHIR load),
 * {@code benchmark-import} and {@code benchmark-month}, {@code hsds-import} (a community directory package). They use other modules' public services only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"adt", "audit", "billing", "caregap", "community", "fhir :: importing", "identity", "program", "worklist"})
package org.careloop.cli;
