package org.careloop.identity.internal;

import java.util.Optional;
import java.util.Set;

/**
 * What an API token may do. A token acts for its holder with the holder's roles, narrowed by its scope, so that a
 * script holding a leaked integration token cannot do everything its owner can.
 */
public enum TokenScope {
    /** Everything the holder may do, except issuing further tokens. */
    FULL,
    /** Reads only: GET, HEAD and OPTIONS. */
    READ_ONLY,
    /** Only {@code POST /fhir}, the bundle import an EHR interface needs. */
    FHIR_IMPORT,
    /**
     * Only posting observations: {@code POST /fhir} with a bundle of Observations (and the Devices they name);
     * the FHIR import refuses any other entry.
     */
    DEVICE_FEED;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** The scope of the token the current request came with, if it came with one. */
    public static Optional<TokenScope> current() {
        return SignInDetails.current().map(SignInDetails::scope);
    }

    boolean permits(String method, String path) {
        return switch (this) {
            case FULL -> true;
            case READ_ONLY -> READS.contains(method);
            case FHIR_IMPORT, DEVICE_FEED -> "POST".equals(method) && ("/fhir".equals(path) || "/fhir/".equals(path));
        };
    }
}
