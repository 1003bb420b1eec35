/**
 * Call: the care manager's monthly call with a patient, on one page. It sits above outreach, time tracking,
 * assessment, care planning and the care team and only uses their public services: the timer runs while the care
 * manager works, the page says whom the care manager may speak with (the care team's contacts and what the patient
 * authorised), the contact is recorded, screens are administered, goals are updated, and stopping the timer logs the
 * minutes against the recorded contact. Nothing below depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"appointment", "assessment", "audit", "careplan", "careteam", "enrollment", "outreach", "patient", "program", "timetracking", "transition", "wishes"})
package org.careloop.call;
