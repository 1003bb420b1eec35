package org.careloop.schedule.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the scheduler works ({@code careloop.scheduler.*}): how often each instance looks for due work, how many runs
 * it does at once, and how long a stopping instance waits for runs in progress.
 */
@ConfigurationProperties("careloop.scheduler")
record SchedulerSettings(@DefaultValue("10s") Duration pollingInterval, @DefaultValue("2") int threads,
                         @DefaultValue("30s") Duration shutdownWait) {
}
