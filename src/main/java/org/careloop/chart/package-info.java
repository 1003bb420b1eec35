/**
 * Chart: the patient chart a care manager works from, one page over the modules below it (the registry and
 * clinical record, enrollments, time, billing thresholds, outreach, assessments, safety escalations, monitoring alerts, medication lists, care plans, the care team, appointments, education and the patient's wishes). It owns no data:
 * every read goes through those modules' services, which scope it to the caller's practices and audit it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"appointment", "assessment", "audit", "billing", "caregap", "careplan", "careteam", "document", "education", "enrollment", "handoff", "identity", "medication", "monitoring", "outreach", "patient", "program", "task", "timetracking", "wishes"})
package org.careloop.chart;
