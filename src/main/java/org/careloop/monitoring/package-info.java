/**
 * Monitoring between visits: readings (the observations CareLoop keeps, imported from the EHR or entered by staff,
 * the patient or a device) and the alert protocols — named, effective-dated data citing their clinical sources —
 * that turn a worrying reading into one escalation per patient and protocol on the worklist, closed with a
 * disposition and a note. Readings live in the patient module's observations; alerts are the task module's
 * escalations; this module owns the protocols, the thresholds an admin adjusts and which reading raised which alert.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "careplan", "enrollment", "identity", "patient", "schedule", "task"})
package org.careloop.monitoring;
