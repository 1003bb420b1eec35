package org.careloop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A benchmark's concurrent HTTP clients: each runs the same work on its own thread; the first failure ends them all. */
final class BenchmarkClients {

    private BenchmarkClients() {
    }

    static void run(int clients, Callable<?> client) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(client));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The benchmark client failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
