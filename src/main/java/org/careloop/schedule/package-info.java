/**
 * Schedule: recurring work (the audit trail's partitions, nightly sweeps, escalations) that runs once across any
 * number of CareLoop instances sharing one PostgreSQL. A module contributes a {@link org.careloop.schedule.RecurringJob}
 * bean; the scheduler (db-scheduler, its state in the {@code scheduled_tasks} table) picks each due run on exactly one
 * instance. Modules wrap every run in what they need (the audit trail names the job as actor) with an
 * {@link org.careloop.schedule.AroundEachRun} bean.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.careloop.schedule;
