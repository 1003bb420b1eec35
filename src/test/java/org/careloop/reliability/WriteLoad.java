package org.careloop.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded write load: a few care managers registering patients as fast as CareLoop answers. Every 201 is an
 * acknowledged write whose patient id is remembered, so that none can be lost unnoticed.
 */
final class WriteLoad implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> writers = new CopyOnWriteArrayList<>();
    final List<UUID> acknowledged = new CopyOnWriteArrayList<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger slowest = new AtomicInteger();

    static WriteLoad start(CareLoopProcess careloop, int writers) {
        WriteLoad load = new WriteLoad();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("cm.rivera:careloop-demo".getBytes(StandardCharsets.UTF_8));
        for (int writer = 0; writer < writers; writer++) {
            int number = writer;
            Thread thread = new Thread(() -> load.write(careloop, authorization, number), "write-load-" + writer);
            thread.start();
            load.writers.add(thread);
        }
        return load;
    }

    private void write(CareLoopProcess careloop, String authorization, int writer) {
        for (int n = 0; running.get(); n++) {
            String body = "{\"familyName\":\"Load%d-%d\",\"givenNames\":\"Reliability\",\"birthDate\":\"1950-01-01\",\"sex\":\"female\"}"
                    .formatted(writer, n);
            long start = System.nanoTime();
            HttpResponse<String> response = CareLoopProcess.send(HttpRequest.newBuilder(careloop.url("/api/patients"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            slowest.accumulateAndGet((int) ((System.nanoTime() - start) / 1_000_000), Math::max);
            statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() == 201) {
                Matcher id = ID.matcher(response.body());
                if (id.find()) {
                    acknowledged.add(UUID.fromString(id.group(1)));
                }
            } else {
                CareLoopProcess.pause(100);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread writer : writers) {
            writer.join(60_000);
        }
    }

    @Override
    public String toString() {
        return acknowledged.size() + " acknowledged writes, answers by status " + statuses + ", slowest answer " + slowest + " ms";
    }
}
