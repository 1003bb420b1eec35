/**
 * Demo: the demo organization, its patients and a believable month.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"adt", "assessment", "audit", "careplan", "enrollment", "fhir :: importing", "identity", "monitoring", "outreach", "patient", "program", "task", "timetracking"})
package org.careloop.demo;
