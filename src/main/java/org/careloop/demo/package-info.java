/**
 * Demo: the demo organization, its patients and a believable month.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"appointment", "assessment", "audit", "careplan", "education", "enrollment", "fhir :: importing", "identity", "monitoring", "outreach", "patient", "program", "task", "timetracking", "wishes"})
package org.careloop.demo;
