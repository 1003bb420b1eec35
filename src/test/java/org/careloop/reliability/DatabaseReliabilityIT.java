package org.careloop.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careloop.database.DatabaseSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reliability suite ({@code mvn -Preliability verify}, not part of the plain build): real CareLoop processes
 * from the packaged jar, a PostgreSQL the suite controls (never the shared server on 5432), outages under a bounded
 * write load. Figures go to {@code target/reliability/results.txt}.
 */
class DatabaseReliabilityIT {

    private static final Duration START_PATIENCE = Duration.ofMinutes(15);

    @TempDir
    Path data;

    @Test
    void embeddedPostgresStoppedUnderLoadComesBackWithNoAcknowledgedWriteLostAndSurvivesKillMinusNine() throws Exception {
        Map<String, String> environment = Map.of("CARELOOP_DATA_DIR", data.toString(), "CARELOOP_DEMO", "true");
        List<UUID> acknowledged;
        try (CareLoopProcess careloop = CareLoopProcess.start("embedded", environment).awaitHealthy(START_PATIENCE)) {
            WriteLoad load = WriteLoad.start(careloop, 4);
            try (load) {
                CareLoopProcess.pause(8_000);
                long postmaster = postmasterPid();
                long stopped = System.nanoTime();
                new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).start().waitFor(); // pg_ctl stop -m fast
                Outage outage = Outage.observe(careloop, stopped, Duration.ofSeconds(60));
                CareLoopProcess.pause(8_000);
                load.close();
                record("embedded PostgreSQL stopped (SIGINT, fast shutdown) under load: " + outage + "; load: " + load);
                assertThat(outage.recovered).as("CareLoop recovered without a restart").isTrue();
                assertThat(outage.slowestHealthMs).as("health answers within a second").isLessThan(1000);
                assertThat(load.statuses.keySet()).as("no 401 or 500 during the outage").doesNotContain(401, 500);
            }
            acknowledged = List.copyOf(load.acknowledged);
            assertThat(missing(embeddedUrl(), acknowledged)).as("acknowledged writes lost").isZero();

            careloop.killMinusNine();
        }
        long restart = System.nanoTime();
        try (CareLoopProcess again = CareLoopProcess.start("embedded-after-kill", environment).awaitHealthy(START_PATIENCE)) {
            long seconds = Duration.ofNanos(System.nanoTime() - restart).toSeconds();
            long lost = missing(embeddedUrl(), acknowledged);
            record("CareLoop killed with -9, restarted on the same data directory: healthy after " + seconds
                    + " s, " + lost + " of " + acknowledged.size() + " acknowledged writes missing");
            assertThat(lost).isZero();
        }
    }

    @Test
    void externalPostgresStoppedAndBroughtBackUnderLoadAndTwoInstancesShareSessions() throws Exception {
        int port = CareLoopProcess.freePort();
        Path cluster = data.resolve("external");
        EmbeddedPostgres postgres = external(cluster, port);
        try (Connection superuser = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             var statement = superuser.createStatement()) {
            statement.execute("create role careloop_app login"); // the README's recipe for an external server
        }
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "careloop_app", "SPRING_FLYWAY_USER", "postgres", "CARELOOP_DEMO", "true");
        try (CareLoopProcess a = CareLoopProcess.start("external-a", environment).awaitHealthy(START_PATIENCE)) {
            WriteLoad load = WriteLoad.start(a, 4);
            try (load) {
                CareLoopProcess.pause(8_000);
                long stopped = System.nanoTime();
                postgres.close();
                Outage whileDown = Outage.observe(a, stopped, Duration.ofSeconds(8));
                postgres = external(cluster, port);
                long back = System.nanoTime();
                Outage recovery = Outage.observe(a, back, Duration.ofSeconds(60));
                CareLoopProcess.pause(8_000);
                load.close();
                record("external PostgreSQL stopped for 8 s under load, then started again: while down "
                        + whileDown.downAnswers + " DOWN answers, slowest health answer " + whileDown.slowestHealthMs
                        + " ms; healthy again " + recovery.recoveryMs + " ms after its return; load: " + load);
                assertThat(whileDown.slowestHealthMs).isLessThan(1000);
                assertThat(recovery.recovered || a.healthStatus() == 200).isTrue();
                assertThat(load.statuses.keySet()).doesNotContain(401, 500);
                long lost = missing(postgres.getJdbcUrl("postgres", "postgres"), List.copyOf(load.acknowledged));
                record("external: " + lost + " of " + load.acknowledged.size() + " acknowledged writes missing");
                assertThat(lost).isZero();
            }
            Map<String, String> second = new java.util.HashMap<>(environment);
            second.put("CARELOOP_DEMO", "false");
            try (CareLoopProcess b = CareLoopProcess.start("external-b", second).awaitHealthy(START_PATIENCE)) {
                HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                signIn(browser, a);
                HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(b.url("/worklist")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                record("two CareLoop instances on one database: a session signed in on A opens /worklist on B with "
                        + onB.statusCode());
                assertThat(onB.statusCode()).isEqualTo(200);
            }
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres external(Path cluster, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    }

    private static void signIn(HttpClient browser, CareLoopProcess careloop) throws IOException, InterruptedException {
        String form = browser.send(HttpRequest.newBuilder(careloop.url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=cm.rivera&password=careloop-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(careloop.url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
    }

    private String embeddedUrl() throws IOException {
        List<String> pid = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres?user=postgres&password="
                + DatabaseSecrets.in(data).superuserPassword();
    }

    private static long missing(String url, List<UUID> acknowledged) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement query = connection.prepareStatement("select count(*) from patient where id = any(?)")) {
            Array ids = connection.createArrayOf("uuid", acknowledged.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return acknowledged.size() - rows.getLong(1);
            }
        }
    }

    static void record(String line) throws IOException {
        System.out.println("RELIABILITY " + line);
        Path results = Files.createDirectories(Path.of("target", "reliability")).resolve("results.txt");
        Files.writeString(results, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Health probed every 100 ms from the moment the database stops until CareLoop answers 200 again. */
    record Outage(boolean recovered, long slowestHealthMs, int downAnswers, long recoveryMs) {

        static Outage observe(CareLoopProcess careloop, long stoppedAt, Duration patience) {
            long slowest = 0;
            int down = 0;
            long deadline = stoppedAt + patience.toNanos();
            while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                int status = careloop.healthStatus();
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                if (status == 200 && down > 0) {
                    return new Outage(true, slowest, down, (System.nanoTime() - stoppedAt) / 1_000_000);
                }
                if (status != 200) {
                    down++;
                }
                CareLoopProcess.pause(100);
            }
            return new Outage(false, slowest, down, -1);
        }

        @Override
        public String toString() {
            return (recovered ? "healthy again " + recoveryMs + " ms after the stop" : "NOT recovered")
                    + ", " + downAnswers + " DOWN answers, slowest health answer " + slowestHealthMs + " ms";
        }
    }
}
