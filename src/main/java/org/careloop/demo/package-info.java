/**
 * Demo: the demo organization, its patients and a believable month.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "careplan", "community", "enrollment", "fhir :: importing", "identity", "monitoring", "outreach", "patient", "program", "referral", "task", "timetracking"})
package org.careloop.demo;
