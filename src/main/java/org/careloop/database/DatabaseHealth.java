package org.careloop.database;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s database check, answered within {@link #PATIENCE_MS} whatever the database does: a
 * load balancer or a monitoring probe must learn "down" in under a second, not after the pool's connection timeout.
 * At most one probe is in flight; callers arriving meanwhile share it. Replaces Spring Boot's {@code db} check.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    static final long PATIENCE_MS = 500;
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final DataSource dataSource;
    private CompletableFuture<Boolean> probe = CompletableFuture.completedFuture(true);
    private volatile long probedAt = System.nanoTime() - FRESH_NANOS;
    private volatile boolean lastReachable = true;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try {
            return answer()
                    ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("reason", "PostgreSQL did not validate a connection").build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", "PostgreSQL did not answer within " + PATIENCE_MS + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("reason", "PostgreSQL cannot be reached").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    /** Whether the database answered within a second ago, or answers now within {@link #PATIENCE_MS}. */
    boolean reachable() {
        if (System.nanoTime() - probedAt < FRESH_NANOS) {
            return lastReachable;
        }
        try {
            return answer();
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean answer() throws InterruptedException, ExecutionException, TimeoutException {
        try {
            boolean reachable = currentProbe().get(PATIENCE_MS, TimeUnit.MILLISECONDS);
            remember(reachable);
            return reachable;
        } catch (TimeoutException | ExecutionException e) {
            remember(false);
            throw e;
        }
    }

    private void remember(boolean reachable) {
        lastReachable = reachable;
        probedAt = System.nanoTime();
    }

    private synchronized CompletableFuture<Boolean> currentProbe() {
        if (probe.isDone()) {
            probe = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return connection.isValid(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, runnable -> {
                Thread thread = new Thread(runnable, "database-health-probe");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return probe;
    }
}
