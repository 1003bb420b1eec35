/**
 * Chart: the patient chart a care manager works from, one page over the modules below it (the registry and
 * clinical record, enrollments, time, billing thresholds, outreach, assessments, safety escalations, monitoring alerts, medication lists, care plans and the care team). It owns no data:
 * every read goes through those modules' services, which scope it to the caller's practices and audit it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "billing", "caregap", "careplan", "careteam", "enrollment", "identity", "medication", "monitoring", "outreach", "patient", "program", "task", "timetracking"})
package org.careloop.chart;
