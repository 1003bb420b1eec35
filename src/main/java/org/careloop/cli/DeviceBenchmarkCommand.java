package org.careloop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 * {@code java -jar careloop.jar benchmark-devices [DEVICES READINGS CLIENTS READINGS_PER_DEVICE]}: starts CareLoop
 * with the demo
 * organization on a fresh throw-away PostgreSQL (or SPRING_DATASOURCE_URL's database), registers DEVICES blood
 * pressure cuffs to the demo practice's patients through the API, then posts READINGS readings of the last days
 * (one in fifty worrying enough to raise an alert) as batch bundles of 100 Observations to {@code POST /fhir} with a
 * device-feed token from CLIENTS threads, and reports readings per second with alerts evaluated. A bundle holds
 * READINGS_PER_DEVICE consecutive readings of each device it names (1: a hundred devices a bundle, as a vendor's
 * platform forwarding readings as they come; 25: four devices' stored readings, as a sync).
 */
@Component
class DeviceBenchmarkCommand implements CommandLineTool {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PER_BUNDLE = 100;

    @Override
    public String name() {
        return "benchmark-devices";
    }

    @Override
    public int run(String... arguments) {
        int devices = arguments.length >= 1 ? Integer.parseInt(arguments[0]) : 1_000;
        int readings = arguments.length >= 2 ? Integer.parseInt(arguments[1]) : 40_000;
        int clients = arguments.length >= 3 ? Integer.parseInt(arguments[2]) : 4;
        int perDevice = arguments.length >= 4 ? Integer.parseInt(arguments[3]) : 1;
        if (PER_BUNDLE % perDevice != 0) {
            throw new IllegalArgumentException("READINGS_PER_DEVICE must divide " + PER_BUNDLE);
        }
        String externalUrl = System.getenv("SPRING_DATASOURCE_URL");
        try (EmbeddedPostgres postgres = externalUrl == null ? MonthBenchmarkCommand.freshPostgres() : null;
             ConfigurableApplicationContext context = start(postgres == null ? externalUrl
                     : postgres.getJdbcUrl("postgres", "postgres"))) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            String basic = "Basic " + Base64.getEncoder().encodeToString("cm.rivera:careloop-demo"
                    .getBytes(StandardCharsets.UTF_8));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<UUID> patients = jdbc.sql("""
                    select p.id from patient p join practice pr on pr.id = p.practice_id
                     where pr.name = 'Riverside Family Medicine' and p.deceased_on is null and p.status <> 'DECEASED' order by p.id""")
                    .query(UUID.class).list();
            long started = System.nanoTime();
            String tag = UUID.randomUUID().toString().substring(0, 6);
            for (int d = 0; d < devices; d++) {
                UUID patient = patients.get(d % patients.size());
                String body = "{\"kind\":\"BP_CUFF\",\"maker\":\"Omron\",\"model\":\"BP7350\",\"vendorDeviceId\":\"bench-"
                        + tag + "-" + d + "\",\"startedOn\":\"" + OffsetDateTime.now().minusDays(20).toLocalDate() + "\"}";
                HttpResponse<String> answer = send(base + "/api/patients/" + patient + "/devices", basic,
                        "application/json", body);
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("Could not register a device: " + answer.statusCode() + " " + answer.body());
                }
            }
            System.out.printf("Registered %,d devices to %,d patients through the API in %.1f s%n", devices,
                    Math.min(devices, patients.size()), (System.nanoTime() - started) / 1e9);
            String token = "Bearer " + issueToken(base, basic);
            long alertsBefore = count(jdbc, "select count(*) from reading_alert");
            long storedBefore = count(jdbc, "select count(*) from observation where source = 'DEVICE'");
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            post(base, token, tag, devices, 20 * PER_BUNDLE, clients, perDevice, now.minusDays(3)); // warm-up
            long t0 = System.nanoTime();
            int refused = post(base, token, tag, devices, readings, clients, perDevice, now);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long stored = count(jdbc, "select count(*) from observation where source = 'DEVICE'") - storedBefore;
            long alerts = count(jdbc, "select count(*) from reading_alert") - alertsBefore;
            System.out.printf("Posted %,d readings in bundles of %d (%d devices a bundle, %d readings each) from %d"
                    + " clients: %.1f s, %,.0f readings/s%n", readings, PER_BUNDLE, PER_BUNDLE / perDevice, perDevice,
                    clients, seconds, readings / seconds);
            System.out.printf("  stored %,d (including %,d warm-up), refused or duplicate %d, alerts raised or joined %,d%n",
                    stored, 20 * PER_BUNDLE, refused, alerts);
            System.out.printf("Target: 2,000 readings/s with alerts evaluated: %s%n",
                    readings / seconds >= 2_000 ? "met" : "MISSED");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts {@code readings} readings; answers how many entries were not stored. */
    private static int post(String base, String token, String tag, int devices, int readings, int clients,
                            int perDevice, OffsetDateTime now) {
        int bundles = (readings + PER_BUNDLE - 1) / PER_BUNDLE;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger notStored = new AtomicInteger();
        BenchmarkClients.run(clients, () -> {
            for (int b = next.getAndIncrement(); b < bundles; b = next.getAndIncrement()) {
                StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[");
                for (int r = 0; r < PER_BUNDLE; r++) {
                    int n = b * PER_BUNDLE + r;
                    int slot = b * (PER_BUNDLE / perDevice) + r / perDevice;
                    int device = slot % devices;
                    // each device's readings a minute apart, going back from now: all within the alert window
                    OffsetDateTime at = now.minusSeconds(60L * ((long) (slot / devices) * perDevice
                            + r % perDevice) + 1);
                    int systolic = n % 50 == 0 ? 186 : 112 + n % 15;
                    bundle.append(r == 0 ? "" : ",").append("{\"fullUrl\":\"urn:uuid:").append(UUID.randomUUID())
                            .append("\",\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",")
                            .append("\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]},")
                            .append("\"device\":{\"identifier\":{\"value\":\"bench-").append(tag).append('-')
                            .append(device).append("\"}},\"effectiveDateTime\":\"").append(at)
                            .append("\",\"component\":[{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",")
                            .append("\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":").append(systolic)
                            .append(",\"unit\":\"mm[Hg]\"}},{\"code\":{\"coding\":[{\"system\":")
                            .append("\"http://loinc.org\",\"code\":\"8462-4\"}]},\"valueQuantity\":{\"value\":")
                            .append(68 + n % 9).append(",\"unit\":\"mm[Hg]\"}}]}}");
                }
                bundle.append("]}");
                HttpResponse<String> answer = send(base + "/fhir", token, "application/fhir+json",
                        bundle.toString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("The feed failed: " + answer.statusCode() + " " + answer.body());
                }
                notStored.addAndGet(PER_BUNDLE - count(answer.body(), "201 Created"));
            }
            return null;
        });
        return notStored.get();
    }

    private static int count(String text, String word) {
        int found = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            found++;
        }
        return found;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static HttpResponse<String> send(String url, String authorization, String type, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String issueToken(String base, String basic) {
        HttpResponse<String> issued = send(base + "/api/tokens", basic, "application/json",
                "{\"name\":\"device-benchmark\",\"scope\":\"DEVICE_FEED\"}");
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        if (!token.find()) {
            throw new IllegalStateException("Could not issue a token: " + issued.statusCode() + " " + issued.body());
        }
        return token.group(1);
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CareLoopApplication.class).web(WebApplicationType.SERVLET)
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                        "careloop.demo", "true", "server.port", "0", "server.address", "127.0.0.1",
                        "spring.main.banner-mode", "off", "logging.level.root", "WARN"))
                .run();
    }
}
