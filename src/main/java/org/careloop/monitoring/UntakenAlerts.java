package org.careloop.monitoring;

import java.time.Duration;
import java.util.List;

import org.careloop.schedule.RecurringJob;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskPriority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An urgent alert is same-day work: a same-day RN review that nobody has taken from the pool within
 * {@code careloop.alerts.take-within} (default two hours) is escalated, once, to the provider: it rises to STAT, the
 * top of the providers' inbox and of the nurses' pool (which still sees it), with a trigger saying why. The rule is
 * monitoring's (which alerts are same-day, how long they may wait); the task module finds and raises the tasks.
 * Every five minutes, once across all instances.
 */
@Configuration(proxyBeanMethods = false)
class UntakenAlerts {

    static final String JOB = "untaken-alerts";
    static final Duration EVERY = Duration.ofMinutes(5);

    @Bean
    RecurringJob untakenAlertsJob(TaskBoard board, @Value("${careloop.alerts.take-within:2h}") Duration window) {
        return RecurringJob.every(EVERY, JOB, () -> escalate(board, window));
    }

    static List<Task> escalate(TaskBoard board, Duration window) {
        return board.escalateUntaken(ReadingAlerts.REASON_PREFIX, TaskPriority.URGENT, window,
                "Not taken within " + inWords(window) + " — escalated to the provider");
    }

    /** "2 h", "90 min". */
    static String inWords(Duration window) {
        return window.toMinutesPart() == 0 && window.toHours() > 0 ? window.toHours() + " h" : window.toMinutes() + " min";
    }
}
