package org.careloop;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.careloop.database.DataDirectoryInUse;
import org.careloop.database.EmbeddedServer;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The zero set-up database: when no {@code spring.datasource.url} is configured, CareLoop starts a real
 * PostgreSQL 17 of its own whose data lives under {@code CARELOOP_DATA_DIR} (default {@code ./data}) and
 * survives restarts (see {@link EmbeddedServer}). Migrations run as the superuser, requests as the role
 * {@code careloop}. With an external server, demo data is loaded only on request ({@code CARELOOP_DEMO=true});
 * on the embedded one it is loaded unless {@code CARELOOP_DEMO=false}, and the demo's hospital feed listens on its MLLP
 * port ({@code careloop.adt.mllp.enabled}) unless it is set ({@code CARELOOP_ADT_MLLP_ENABLED=false}).
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        boolean external = environment.containsProperty("spring.datasource.url");
        String demo = environment.getProperty("CARELOOP_DEMO", environment.getProperty("careloop.demo"));
        boolean demoEnabled = demo != null ? Boolean.parseBoolean(demo) : !external;
        properties.put("careloop.demo-enabled", demoEnabled);
        if (!external && demoEnabled && !environment.containsProperty("careloop.adt.mllp.enabled")
                && !Boolean.parseBoolean(environment.getProperty("careloop.command-line"))) {
            // the zero-setup demo server shows a live hospital feed: its start sends ADT messages to its own MLLP port
            properties.put("careloop.adt.mllp.enabled", true);
        }
        if (!external) {
            Path dataDirectory = Path.of(environment.getProperty("CARELOOP_DATA_DIR",
                    environment.getProperty("careloop.data-dir", "data")));
            EmbeddedServer server = startOrExplain(dataDirectory);
            properties.put("spring.datasource.url", server.jdbcUrl());
            properties.put("spring.datasource.username", EmbeddedServer.APPLICATION_ROLE);
            properties.put("spring.datasource.password", server.secrets().applicationPassword());
            properties.put("spring.flyway.user", EmbeddedServer.SUPERUSER);
            properties.put("spring.flyway.password", server.secrets().superuserPassword());
            properties.put("careloop.embedded-database", server.dataDirectory().toString());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("careloopDatabase", properties));
    }

    /** A second CareLoop on the same data directory ends with one sentence, not a stack trace. */
    private static EmbeddedServer startOrExplain(Path dataDirectory) {
        try {
            return EmbeddedServer.start(dataDirectory);
        } catch (DataDirectoryInUse | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            throw e;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
