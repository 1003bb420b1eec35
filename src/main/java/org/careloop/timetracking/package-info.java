/**
 * Time tracking: time entries and running timers, no overlap per person, edit history, closed months.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "outreach", "patient"})
package org.careloop.timetracking;
