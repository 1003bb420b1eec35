package org.careloop.schedule.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.careloop.schedule.AroundEachRun;
import org.careloop.schedule.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' {@link RecurringJob}s with db-scheduler: every instance polls the {@code scheduled_tasks} table
 * for due runs of the jobs it knows, and takes one by bumping the row's version, which only one instance can do; so
 * the work happens once however many instances share the database. (db-scheduler's lock-and-fetch polling is not
 * used: it would let an instance that does not know a job, an older version during a rolling upgrade, lock that
 * job's run without running it until it is declared dead half an hour later.) Starts after the migrations and
 * the rest of the application, stops first, waiting up to {@code careloop.scheduler.shutdown-wait} for runs in
 * progress. The command-line tools run no scheduled work.
 */
@Component
@ConditionalOnWebApplication
class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final DataSource dataSource;
    private final List<RecurringTask<Void>> tasks;
    private final SchedulerSettings settings;
    private Scheduler scheduler;

    JobScheduler(DataSource dataSource, List<RecurringJob> jobs, List<AroundEachRun> surroundings,
                 SchedulerSettings settings, Clock clock) {
        List<String> twice = jobs.stream().map(RecurringJob::name)
                .filter(name -> jobs.stream().filter(job -> job.name().equals(name)).count() > 1).distinct().toList();
        if (!twice.isEmpty()) {
            throw new IllegalStateException("Two recurring jobs share the name " + twice + ": give each its own");
        }
        this.dataSource = dataSource;
        this.tasks = jobs.stream().map(job -> task(job, surroundings, clock.getZone())).toList();
        this.settings = settings;
        log.info("Recurring jobs: {}", jobs.stream().map(job -> job.name() + " (" + job.when() + ")").toList());
    }

    private static RecurringTask<Void> task(RecurringJob job, List<AroundEachRun> surroundings, ZoneId zone) {
        Runnable run = job.work();
        for (AroundEachRun around : surroundings) {
            Runnable inner = run;
            run = () -> around.run(job, inner);
        }
        Runnable surrounded = run;
        return Tasks.recurring(job.name(), schedule(job.when(), zone)).execute((instance, context) -> surrounded.run());
    }

    static Schedule schedule(RecurringJob.When when, ZoneId zone) {
        if (when instanceof RecurringJob.DailyAt daily) {
            return Schedules.daily(zone, daily.time());
        }
        if (when instanceof RecurringJob.Cron cron) {
            return Schedules.cron(cron.expression(), zone);
        }
        return Schedules.fixedDelay(((RecurringJob.Every) when).delay());
    }

    /**
     * A db-scheduler {@link Scheduler} cannot start again once stopped (its thread pools are gone), and a context may
     * be stopped and started again (the test framework pauses cached contexts), so each start builds a new one.
     */
    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(new SchedulerName.Hostname().getName() + "-"
                        + UUID.randomUUID().toString().substring(0, 8)))
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .shutdownMaxWait(settings.shutdownWait())
                .build();
        scheduler.start();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Last to start, first to stop: no run begins before the application is up or goes on while it shuts down. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
