/**
 * Time tracking: time entries and running timers, no overlap per person, edit history, closed months.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "outreach", "patient", "program"})
package org.careloop.timetracking;
