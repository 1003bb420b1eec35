package org.careloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The zero set-up database: when no {@code spring.datasource.url} is configured, CareLoop starts a real
 * PostgreSQL 17 of its own whose data lives under {@code CARELOOP_DATA_DIR} (default {@code ./data}) and
 * survives restarts. With an external server, demo data is loaded only on request ({@code CARELOOP_DEMO=true});
 * on the embedded one it is loaded unless {@code CARELOOP_DEMO=false}.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    private static EmbeddedPostgres running;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        boolean external = environment.containsProperty("spring.datasource.url");
        String demo = environment.getProperty("CARELOOP_DEMO", environment.getProperty("careloop.demo"));
        properties.put("careloop.demo-enabled", demo != null ? Boolean.parseBoolean(demo) : !external);
        if (!external) {
            Path dataDirectory = Path.of(environment.getProperty("CARELOOP_DATA_DIR",
                    environment.getProperty("careloop.data-dir", "data")));
            EmbeddedPostgres postgres = start(dataDirectory.resolve("postgres"));
            properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            properties.put("spring.datasource.username", "postgres");
            properties.put("careloop.embedded-database", dataDirectory.toAbsolutePath().toString());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("careloopDatabase", properties));
    }

    private static synchronized EmbeddedPostgres start(Path directory) {
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(directory);
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .start();
            EmbeddedPostgres started = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; PostgreSQL recovers its own data on the next start
                }
            }, "embedded-postgres-stop"));
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
