package org.careloop.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Work a module wants done again and again, declared as a bean: its name (unique, kept in the database, so do not
 * rename it lightly), when it is due, and the work. Each due run happens on exactly one CareLoop instance, whichever
 * picks it first; the work runs outside any request, as the system, with the job's name as the actor of the audit
 * trail.
 */
public record RecurringJob(String name, When when, Runnable work) {

    public RecurringJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(work, "work");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("A recurring job's name is lower-case words joined by hyphens: " + name);
        }
    }

    /** Every day at this time of the organization's day ({@code careloop.time-zone}). */
    public static RecurringJob dailyAt(LocalTime time, String name, Runnable work) {
        return new RecurringJob(name, new DailyAt(time), work);
    }

    /** As a six-field Spring-style cron expression (second minute hour day month weekday) in the organization's zone. */
    public static RecurringJob cron(String expression, String name, Runnable work) {
        return new RecurringJob(name, new Cron(expression), work);
    }

    /** Again this long after the previous run ended; the first run is due as soon as the job is first known. */
    public static RecurringJob every(Duration delay, String name, Runnable work) {
        return new RecurringJob(name, new Every(delay), work);
    }

    /** When a recurring job is due. */
    public sealed interface When permits DailyAt, Cron, Every {
    }

    public record DailyAt(LocalTime time) implements When {
        public DailyAt {
            Objects.requireNonNull(time, "time");
        }
    }

    public record Cron(String expression) implements When {
        public Cron {
            Objects.requireNonNull(expression, "expression");
        }
    }

    public record Every(Duration delay) implements When {
        public Every {
            if (delay == null || delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("A recurring job's delay must be positive: " + delay);
            }
        }
    }
}
