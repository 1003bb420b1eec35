package org.careloop.audit;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which door an access came through, so that no service has to be told: a web request answers by its path
 * ({@code /api/**} is the API, {@code /fhir/**} FHIR, any other page the UI); work outside a request (an import, the
 * command line, demo data, a reaction to an event) names its door and actor explicitly with {@link #within}, which
 * also overrides the request for work done on the system's own initiative inside one. Anything else is SYSTEM.
 */
public final class AuditChannels {

    private static final ThreadLocal<Door> EXPLICIT = new ThreadLocal<>();

    /** The door the current access came through. */
    public static AuditChannel current() {
        Door door = EXPLICIT.get();
        if (door != null) {
            return door.channel();
        }
        HttpServletRequest request = request();
        return request == null ? AuditChannel.SYSTEM : ofPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * Runs work that reaches patient data through the given door; {@code actor} names who or what acted in the
     * trail when no person is signed in (may be null to keep the signed-in caller).
     */
    public static <T> T within(AuditChannel channel, String actor, Supplier<T> work) {
        Door previous = EXPLICIT.get();
        EXPLICIT.set(new Door(channel, actor));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    public static void within(AuditChannel channel, String actor, Runnable work) {
        within(channel, actor, () -> {
            work.run();
            return null;
        });
    }

    /** The actor named by {@link #within}, if any. */
    static String actor() {
        Door door = EXPLICIT.get();
        return door == null ? null : door.actor();
    }

    static AuditChannel ofPath(String path) {
        if (path.equals("/api") || path.startsWith("/api/")) {
            return AuditChannel.API;
        }
        if (path.equals("/fhir") || path.startsWith("/fhir/")) {
            return AuditChannel.FHIR;
        }
        return AuditChannel.UI;
    }

    static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private record Door(AuditChannel channel, String actor) {
    }

    private AuditChannels() {
    }
}
