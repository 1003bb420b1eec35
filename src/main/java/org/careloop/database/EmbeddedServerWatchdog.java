package org.careloop.database;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Starts the embedded PostgreSQL again when it stops under a running CareLoop (a crash, the OOM killer, someone's
 * {@code pg_ctl stop}). It comes back on the same port, so the connection pool reconnects by itself. Checked every
 * second on a thread of its own, so that no scheduled job can delay it.
 */
@Component
@ConditionalOnProperty("careloop.embedded-database")
class EmbeddedServerWatchdog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerWatchdog.class);
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    EmbeddedServerWatchdog() {
        watch.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            EmbeddedServer.running().ifPresent(EmbeddedServer::restartIfStopped);
        } catch (RuntimeException e) {
            log.warn("Could not start the embedded PostgreSQL again; retrying in a second: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        watch.shutdownNow();
    }
}
