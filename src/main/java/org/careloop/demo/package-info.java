/**
 * Demo: the demo organization, its patients and a believable month.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "careplan", "careteam", "directory", "enrollment", "fhir :: importing", "identity", "medication", "monitoring", "outreach", "patient", "program", "task", "timetracking", "transition"})
package org.careloop.demo;
