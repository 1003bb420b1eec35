package org.careloop.audit;

import org.careloop.schedule.AroundEachRun;
import org.careloop.schedule.RecurringJob;
import org.springframework.stereotype.Component;

/** Scheduled work reaches patient data as the system, named in the trail as {@code scheduler: <job>}. */
@Component
class ScheduledWorkActor implements AroundEachRun {

    @Override
    public void run(RecurringJob job, Runnable work) {
        AuditChannels.within(AuditChannel.SYSTEM, "scheduler: " + job.name(), work);
    }
}
