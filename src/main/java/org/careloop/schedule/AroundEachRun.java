package org.careloop.schedule;

/**
 * What every scheduled run happens inside, contributed as a bean by the module that needs it, so the scheduler
 * depends on none of them: the audit trail, for one, names the job as the actor of whatever patient data it reaches.
 */
public interface AroundEachRun {

    void run(RecurringJob job, Runnable work);
}
