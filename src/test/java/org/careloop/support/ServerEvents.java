package org.careloop.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Every event the application published, whichever request thread published it: API tests call the running
 * server, so Modulith's thread-bound {@code PublishedEvents} would not see them.
 */
public final class ServerEvents {

    private static final List<Object> EVENTS = new CopyOnWriteArrayList<>();
    private static final Set<ConfigurableApplicationContext> LISTENED = ConcurrentHashMap.newKeySet();

    private ServerEvents() {
    }

    /** The events published so far and from now on in this context. */
    public static List<Object> of(ConfigurableApplicationContext context) {
        if (LISTENED.add(context)) {
            context.addApplicationListener((PayloadApplicationEvent<?> event) -> EVENTS.add(event.getPayload()));
        }
        return EVENTS;
    }
}
