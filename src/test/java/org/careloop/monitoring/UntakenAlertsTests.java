package org.careloop.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.careloop.schedule.AroundEachRun;
import org.careloop.schedule.RecurringJob;
import org.careloop.support.ModulePatients;
import org.careloop.task.EscalationTrigger;
import org.careloop.task.NewTask;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A same-day RN review of an urgent alert that nobody takes from the nurses' pool within two hours is escalated to
 * the provider, once: it rises to STAT with a trigger saying why, stays in the nurses' pool, and the change is on
 * the audit trail as the system's. One taken in time, or still within its window, is left as it is.
 */
@SpringBootTest
class UntakenAlertsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskBoard board;

    @Autowired
    List<RecurringJob> jobs;

    @Autowired
    AroundEachRun aroundEachRun;

    @Autowired
    Clock clock;

    @Test
    void anUrgentAlertLeftInTheNursesPoolPastTwoHoursIsEscalatedToTheProviderExactlyOnce() {
        UUID task = alert("Untaken practice", TaskPriority.URGENT, 3);

        runTheJob();
        runTheJob();

        assertThat(jdbc.sql("select priority from task where id = ?").param(task).query(String.class).single())
                .isEqualTo("STAT");
        assertThat(jdbc.sql("select role_pool from task where id = ?").param(task).query(String.class).single())
                .as("the nurses still see it").isEqualTo("NURSE");
        assertThat(triggers(task)).containsExactly("BP 184/112 (≥180/≥120 mmHg)",
                "Not taken within 2 h — escalated to the provider");
        assertThat(jdbc.sql("select escalated_at from task where id = ?").param(task).query(OffsetDateTime.class)
                .single()).isNotNull();
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where resource_type = 'Task' and resource_id = ? and action = 'UPDATE' and channel = 'SYSTEM'""")
                .param(task.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAlertTakenInTimeIsNotEscalated() {
        UUID task = alert("Taken practice", TaskPriority.URGENT, 3);
        UUID nurse = UUID.randomUUID();
        jdbc.sql("insert into app_user (id, username, display_name, password_hash) values (?, ?, 'Nurse Taken', 'x')")
                .params(nurse, "nurse." + nurse).update();
        jdbc.sql("update task set owner_id = ? where id = ?").params(nurse, task).update();

        runTheJob();

        assertUntouched(task, "URGENT");
    }

    @Test
    void anAlertStillWithinItsWindowIsNotEscalated() {
        UUID task = alert("Fresh practice", TaskPriority.URGENT, 1);

        runTheJob();

        assertUntouched(task, "URGENT");
    }

    @Test
    void aRoutineNextDayAlertIsNotEscalated() {
        UUID task = alert("Routine practice", TaskPriority.ROUTINE, 3);

        runTheJob();

        assertUntouched(task, "ROUTINE");
    }

    @Test
    void theJobIsScheduledOnceForAllInstancesEveryFiveMinutes() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'untaken-alerts'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(job().when()).isEqualTo(new RecurringJob.Every(java.time.Duration.ofMinutes(5)));
    }

    /** An alert escalation for a new patient, opened {@code hoursAgo} and waiting in the nurses' pool. */
    private UUID alert(String practice, TaskPriority priority, int hoursAgo) {
        ModulePatients patient = ModulePatients.create(jdbc, practice);
        UUID task = board.escalate(new NewTask(patient.practice(), patient.patient(), "BP 184/112 this morning — "
                        + "same-day RN review", TaskKind.ESCALATION, null, "NURSE", LocalDate.now(), priority,
                        "Call the patient today.", "reading:" + UUID.randomUUID()), ReadingAlerts.reason("BP_SEVERE_HIGH"),
                new EscalationTrigger(null, "BP_SEVERE_HIGH", null, null, "BP 184/112 (≥180/≥120 mmHg)",
                        OffsetDateTime.now()));
        OffsetDateTime opened = OffsetDateTime.now(clock).minusHours(hoursAgo);
        LocalDate openedOn = opened.atZoneSameInstant(clock.getZone()).toLocalDate();
        jdbc.sql("update task set created_at = ?, due_on = ? where id = ?")
                .params(opened, priority == TaskPriority.ROUTINE ? openedOn.plusDays(1) : openedOn, task).update();
        return task;
    }

    private void runTheJob() {
        RecurringJob job = job();
        aroundEachRun.run(job, job.work());
    }

    private RecurringJob job() {
        return jobs.stream().filter(job -> job.name().equals("untaken-alerts")).findFirst().orElseThrow();
    }

    private List<String> triggers(UUID task) {
        return jdbc.sql("select detail from task_trigger where task_id = ? order by triggered_at, id").param(task)
                .query(String.class).list();
    }

    private void assertUntouched(UUID task, String priority) {
        assertThat(jdbc.sql("select priority from task where id = ?").param(task).query(String.class).single())
                .isEqualTo(priority);
        assertThat(triggers(task)).containsExactly("BP 184/112 (≥180/≥120 mmHg)");
    }
}
