/**
 * Schedule: recurring work (the audit trail's partitions, nightly sweeps, escalations) that runs once across any
 * number of CareLoop instances sharing one PostgreSQL. A module contributes a {@link org.careloop.schedule.RecurringJob}
 * bean; the scheduler (db-scheduler, its state in the {@code scheduled_tasks} table) picks each due run on exactly one
 * instance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit"})
package org.careloop.schedule;
