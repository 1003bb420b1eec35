/**
 * Task: tasks owned by a person or a role's pool, and same-day nurse escalations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "identity", "patient"})
package org.careloop.task;
