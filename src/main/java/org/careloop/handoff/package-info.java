/**
 * Hand-off: a call the care manager passes to the nurse or the provider as a task that carries the call's notes, and
 * who took it over and finished it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "outreach", "patient", "task"})
package org.careloop.handoff;
