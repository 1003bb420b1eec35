/**
 * Chart: the patient chart a care manager works from, one page over the modules below it (the registry and
 * clinical record, enrollments, time, billing thresholds, outreach, assessments, safety escalations, monitoring alerts and care plans). It owns no data:
 * every read goes through those modules' services, which scope it to the caller's practices and audit it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "billing", "caregap", "careplan", "document", "enrollment", "handoff", "identity", "monitoring", "outreach", "patient", "program", "task", "timetracking"})
package org.careloop.chart;
