package org.careloop.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.careloop.CareLoopApplication;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two CareLoop instances on the same PostgreSQL, both knowing the same nightly job: each time the job falls due,
 * it runs on one of them, once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecurringJobOnTwoInstancesTests {

    static final String JOB = "test-nightly-count";
    static final List<String> RUNS = new CopyOnWriteArrayList<>();

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static JdbcClient jdbc;

    @BeforeAll
    static void startTwoInstances() {
        first = instance("first");
        second = instance("second");
        jdbc = first.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stopThem() {
        if (jdbc != null) {
            jdbc.sql("delete from scheduled_tasks where task_name = ?").param(JOB).update();
        }
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    @Order(1)
    void aDueJobRunsOnceAcrossBothInstancesEachTimeItFallsDue() throws InterruptedException {
        assertThat(nextRun()).as("a nightly job is not due at start").isAfter(OffsetDateTime.now());
        assertThat(RUNS).isEmpty();

        for (int due = 1; due <= 3; due++) {
            makeDueNow();
            int expected = due;
            await(() -> RUNS.size() >= expected && nextRun().isAfter(OffsetDateTime.now()));
            Thread.sleep(1_000); // ten more polls of each instance: nobody runs it again
            assertThat(RUNS).as("runs after the job fell due %d times", due).hasSize(due);
        }
        // the next 02:30 in the organization's zone: later today when the test runs in the small hours, else tomorrow
        assertThat(nextRun()).as("rescheduled for its next night").isAfter(OffsetDateTime.now())
                .isBefore(OffsetDateTime.now().plusDays(1).plusHours(1));
        assertThat(nextRun().getMinute()).as("at the job's half hour").isEqualTo(30);
        assertThat(jdbc.sql("select username || ' via ' || channel from audit_event where resource_type = 'NightlyCountTest'")
                .query(String.class).list())
                .as("what the runs read, in the audit trail").hasSize(3).containsOnly("scheduler: " + JOB + " via SYSTEM");
    }

    @Test
    @Order(2)
    void anInstanceThatShutsDownStopsItsSchedulerPromptly() {
        long before = schedulerThreads();
        long started = System.nanoTime();
        second.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(schedulerThreads()).as("threads named db-scheduler-* still alive").isLessThan(before);
    }

    private static long schedulerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("db-scheduler"))
                .count();
    }

    private static ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(CareLoopApplication.class, CountingJob.class)
                .run("--server.port=0", "--test.instance=" + name,
                        "--careloop.scheduler.polling-interval=100ms", "--careloop.scheduler.shutdown-wait=5s");
    }

    private static void makeDueNow() {
        assertThat(jdbc.sql("update scheduled_tasks set execution_time = now() where task_name = ? and not picked")
                .param(JOB).update()).isOne();
    }

    private static OffsetDateTime nextRun() {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = ?").param(JOB)
                .query(OffsetDateTime.class).single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for the job to run").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The job both instances contribute: it notes which instance ran it, and takes a while, as real work does. */
    static class CountingJob { // no @Configuration: only these instances have it, not every context scanning org.careloop

        @Bean
        RecurringJob nightlyCount(@Value("${test.instance}") String instance, AuditTrail trail) {
            return RecurringJob.dailyAt(LocalTime.of(2, 30), JOB, () -> {
                RUNS.add(instance);
                trail.record(PatientDataAccess.of(AuditAction.READ, null, null, "NightlyCountTest", instance));
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
