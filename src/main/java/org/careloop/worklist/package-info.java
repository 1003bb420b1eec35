/**
 * Worklist: a care manager's patients ranked by what needs doing, and the provider inbox.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"appointment", "assessment", "audit", "billing", "caregap", "careplan", "enrollment", "identity", "monitoring", "outreach", "patient", "program", "task", "timetracking", "transition"})
package org.careloop.worklist;
