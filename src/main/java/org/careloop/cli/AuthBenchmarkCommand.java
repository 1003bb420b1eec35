package org.careloop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careloop.CareLoopApplication;
import org.careloop.CommandLineTool;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar benchmark-auth [ROUNDS SECONDS CLIENTS]}: starts CareLoop with the demo organization
 * and production password hashing (bcrypt 12) on a fresh throw-away PostgreSQL (or SPRING_DATASOURCE_URL's database),
 * then measures the worklist API in requests per second with an API token and with HTTP Basic in alternating rounds
 * (median of each, and their ratio), and how fast a flood of wrong passwords from one address is refused.
 */
@Component
class AuthBenchmarkCommand implements CommandLineTool {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public String name() {
        return "benchmark-auth";
    }

    @Override
    public int run(String... arguments) {
        int rounds = arguments.length >= 1 ? Integer.parseInt(arguments[0]) : 9;
        int seconds = arguments.length >= 2 ? Integer.parseInt(arguments[1]) : 2;
        int clients = arguments.length >= 3 ? Integer.parseInt(arguments[2]) : 4;
        String externalUrl = System.getenv("SPRING_DATASOURCE_URL");
        try (EmbeddedPostgres postgres = externalUrl == null ? MonthBenchmarkCommand.freshPostgres() : null;
             ConfigurableApplicationContext context = start(postgres == null ? externalUrl : postgres.getJdbcUrl("postgres", "postgres"))) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            String basic = "Basic " + Base64.getEncoder().encodeToString("cm.rivera:careloop-demo".getBytes(StandardCharsets.UTF_8));
            String token = "Bearer " + issueToken(base, basic);
            String wrong = "Basic " + Base64.getEncoder().encodeToString("cm.rivera:guess".getBytes(StandardCharsets.UTF_8));
            System.out.printf("Worklist API (GET /api/worklist as cm.rivera), %d clients, %d alternating rounds of %d s"
                    + " (token, Basic, token, ...) after a warm-up of both%n", clients, rounds, seconds);
            Alternation measured = alternate(base, token, basic, rounds, seconds, clients);
            System.out.printf("  API token:   %,8.1f requests/s median (rounds: %s)%n", measured.token().median(), measured.token());
            System.out.printf("  HTTP Basic:  %,8.1f requests/s median (rounds: %s)%n", measured.basic().median(), measured.basic());
            System.out.printf("  Basic/token: %.0f %%%n", 100 * measured.ratio());
            long before = failedSignIns(context);
            run(base, wrong, "203.0.113.66", seconds, clients); // the first wrong passwords are hashed, then the address waits
            double refusedRate = run(base, wrong, "203.0.113.66", 2 * seconds, clients) / (2.0 * seconds);
            System.out.printf("  Wrong passwords from one address: %,8.1f refusals/s (429 after %d failures), %d audit lines%n",
                    refusedRate, 5, failedSignIns(context) - before);
            System.out.printf("Target: HTTP Basic within 10 %% of the token: %s%n", measured.ratio() >= 0.9 ? "met" : "MISSED");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per-round request rates of one way of signing in. */
    record Rates(List<Double> perRound) {

        double median() {
            List<Double> sorted = perRound.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        @Override
        public String toString() {
            return perRound.stream().map(rate -> String.format("%.0f", rate)).toList().toString();
        }
    }

    record Alternation(Rates token, Rates basic) {

        double ratio() {
            return basic.median() / token.median();
        }
    }

    /**
     * Token and Basic rounds taken in turn, so JIT warm-up, garbage collection and the other tenants of the machine
     * weigh on both alike; one warm-up round of each first, not counted.
     */
    private static Alternation alternate(String base, String token, String basic, int rounds, int seconds, int clients) {
        int warmUp = Math.max(2, seconds);
        run(base, token, "198.51.100.1", warmUp, clients);
        run(base, basic, "198.51.100.2", warmUp, clients);
        List<Double> tokenRates = new ArrayList<>();
        List<Double> basicRates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            tokenRates.add(run(base, token, "198.51.100.1", seconds, clients) / (double) seconds);
            basicRates.add(run(base, basic, "198.51.100.2", seconds, clients) / (double) seconds);
        }
        return new Alternation(new Rates(tokenRates), new Rates(basicRates));
    }

    /** Requests answered (any status but 5xx) by {@code clients} threads in {@code seconds}. */
    private static long run(String base, String authorization, String address, int seconds, int clients) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/worklist"))
                .header("Authorization", authorization).header("X-Forwarded-For", address).build();
        AtomicLong answered = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        BenchmarkClients.run(clients, () -> {
            while (System.nanoTime() < deadline) {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500) {
                    answered.incrementAndGet();
                }
            }
            return null;
        });
        return answered.get();
    }

    private static String issueToken(String base, String basic) {
        try {
            HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"scope\":\"READ_ONLY\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
            if (!token.find()) {
                throw new IllegalStateException("Could not issue a token: " + issued.statusCode() + " " + issued.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long failedSignIns(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from audit_event where action = 'LOGIN_FAILED'")
                .query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CareLoopApplication.class).web(WebApplicationType.SERVLET)
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                        "careloop.demo", "true", "server.port", "0", "server.address", "127.0.0.1",
                        "spring.main.banner-mode", "off", "logging.level.root", "WARN"))
                .run();
    }
}
