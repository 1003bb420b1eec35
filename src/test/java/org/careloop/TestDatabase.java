package org.careloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test JVM a database of its own: a fresh database on the server named by
 * {@code CARELOOP_TEST_POSTGRES_URL} (dropped when the JVM ends), or else a throw-away embedded PostgreSQL.
 * As in production, Flyway migrates as the superuser and CareLoop's requests run as a role without superuser rights
 * ({@link #APPLICATION_ROLE}), which gets its privileges from the migration.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    /** Roles are cluster-wide and several test JVMs share the local server: one role for all, created idempotently. */
    public static final String APPLICATION_ROLE = "careloop_test_app";

    private static String url;

    /** The superuser's URL of this JVM's database. */
    public static synchronized String url() {
        if (url == null) {
            String server = System.getenv("CARELOOP_TEST_POSTGRES_URL");
            url = server == null || server.isBlank() ? embedded() : freshDatabaseOn(server);
        }
        return url;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", withoutUser(url()));
        properties.put("spring.datasource.username", APPLICATION_ROLE);
        properties.put("spring.flyway.user", superuserOf(url()));
        properties.put("careloop.demo", "true");
        properties.put("careloop.demo-month", "false"); // DemoMonthTests plays it on a practice of its own
        properties.put("careloop.security.bcrypt-strength", "4");
        environment.getPropertySources().addFirst(new MapPropertySource("careloopTestDatabase", properties));
    }

    private static String embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("careloop-test-pg"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the temporary cluster is deleted with the JVM's temp files
                }
            }));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            createApplicationRole(url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String freshDatabaseOn(String serverUrl) {
        String name = "careloop_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        execute(serverUrl, "create database " + name);
        createApplicationRole(serverUrl);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(serverUrl, "drop database if exists " + name + " with (force)")));
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String options = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + options;
    }

    private static void createApplicationRole(String serverUrl) {
        for (int attempt = 1; ; attempt++) {
            try {
                execute(serverUrl, "do $$ begin create role " + APPLICATION_ROLE + " login nosuperuser;"
                        + " exception when duplicate_object or unique_violation then null; end $$");
                return;
            } catch (IllegalStateException concurrentlyCreated) {
                if (attempt == 5) {
                    throw concurrentlyCreated;
                }
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw concurrentlyCreated;
                }
            }
        }
    }

    /** The URL without its {@code user} parameter, which would otherwise win over the configured user name. */
    static String withoutUser(String url) {
        return url.replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }

    static String superuserOf(String url) {
        java.util.regex.Matcher user = java.util.regex.Pattern.compile("[?&]user=([^&]*)").matcher(url);
        return user.find() ? user.group(1) : "postgres";
    }

    private static void execute(String serverUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, userOf(serverUrl), null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + serverUrl, e);
        }
    }

    private static String userOf(String serverUrl) {
        return serverUrl.contains("user=") ? null : "postgres";
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
