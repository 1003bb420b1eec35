/**
 * Demo: the demo organization, its patients and a believable month.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "careplan", "careplansharing", "document", "enrollment", "fhir :: importing", "handoff", "identity", "monitoring", "outreach", "patient", "program", "task", "timetracking"})
package org.careloop.demo;
