/**
 * Call: the care manager's monthly call with a patient, on one page. It sits above outreach, time tracking,
 * assessment and care planning and only uses their public services: the timer runs while the care manager works,
 * the contact is recorded, screens are administered, goals are updated, and stopping the timer logs the minutes
 * against the recorded contact. Nothing below depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"appointment", "assessment", "audit", "careplan", "enrollment", "outreach", "patient", "program", "timetracking", "wishes"})
package org.careloop.call;
