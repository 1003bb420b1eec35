/**
 * Billing: the billing engine (effective-dated rules), the what-if evaluation and the month close with versioned statements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "careplan", "enrollment", "identity", "monitoring", "outreach", "patient", "program", "timetracking", "transition"})
package org.careloop.billing;
