package org.careloop.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still running on our cluster although its CareLoop has gone (the JVM was killed, so its shutdown
 * hook never stopped the server). Only called while we hold the {@link DataDirectoryLock}, which proves that no
 * CareLoop owns that server any more. The server is asked to shut down (which lets it finish writing) rather than
 * adopted, so that it restarts with today's settings.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    static void stopIfRunning(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return; // PostgreSQL will judge the pid file itself
        }
        if (lines.size() < 3) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // a stale pid file: PostgreSQL removes it when it starts
        }
        if (!isThePostmasterOf(process.get(), lines)) {
            // the pid has been reused by an unrelated process, which PostgreSQL would mistake for a running server
            deleteQuietly(pidFile);
            return;
        }
        log.warn("Stopping the PostgreSQL (pid {}) left running on {} by a CareLoop that ended abruptly",
                process.get().pid(), cluster);
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, a clean checkpoint
        if (!ended(process.get(), Duration.ofSeconds(20))) {
            process.get().destroyForcibly(); // crash recovery replays the WAL on the next start
            ended(process.get(), Duration.ofSeconds(5));
        }
    }

    /** The process is a postgres started when the pid file was written (line 3: the start time in epoch seconds). */
    private static boolean isThePostmasterOf(ProcessHandle process, List<String> pidFile) {
        boolean postgres = process.info().command().map(command -> command.endsWith("postgres"))
                .orElseGet(() -> commandLineOf(process.pid()).contains("postgres"));
        Optional<Instant> started = process.info().startInstant();
        long written = Long.parseLong(pidFile.get(2).trim());
        return postgres && started.map(instant -> Math.abs(instant.getEpochSecond() - written) < 120).orElse(true);
    }

    private static String commandLineOf(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static boolean ended(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // PostgreSQL will then name the problem itself
        }
    }
}
