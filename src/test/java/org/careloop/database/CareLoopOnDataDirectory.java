package org.careloop.database;

import java.util.Map;

import org.careloop.EmbeddedDatabase;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A CareLoop reduced to its database start, run as a child JVM by {@link EmbeddedServerLifecycleTests}. */
public final class CareLoopOnDataDirectory {

    public static void main(String[] args) throws InterruptedException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("CARELOOP_DATA_DIR", args[0])));
        new EmbeddedDatabase().postProcessEnvironment(environment, null);
        System.out.println("ready " + environment.getProperty("spring.datasource.url"));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
