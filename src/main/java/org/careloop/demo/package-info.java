/**
 * Demo: the demo organization, its patients and a believable month.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"adt", "appointment", "assessment", "audit", "careplan", "careplansharing", "careteam", "community", "directory", "document", "education", "enrollment", "fhir :: importing", "handoff", "identity", "medication", "monitoring", "outreach", "patient", "program", "referral", "task", "timetracking", "transition", "wishes"})
package org.careloop.demo;
