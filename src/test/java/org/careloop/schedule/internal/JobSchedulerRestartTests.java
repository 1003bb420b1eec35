package org.careloop.schedule.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application context may be stopped and started again (the test framework pauses a cached context between
 * test classes and resumes it): the scheduler must come back. A db-scheduler Scheduler cannot restart, and the
 * first full test run with the scheduler failed 60 test classes on that.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobSchedulerRestartTests {

    @Autowired
    JobScheduler scheduler;

    @Test
    void theSchedulerStartsAgainAfterAStop() {
        assertThat(scheduler.isRunning()).isTrue();

        scheduler.stop();
        assertThat(scheduler.isRunning()).isFalse();
        scheduler.start();

        assertThat(scheduler.isRunning()).isTrue();
    }
}
