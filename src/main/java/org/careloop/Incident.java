package org.careloop;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure, logged in full on the server under a short id. The client is told only the id: exception
 * messages can quote SQL, class names or patient data, so they never leave the server.
 */
record Incident(String id) {

    private static final Logger LOG = LoggerFactory.getLogger(Incident.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String DETAIL = "Something went wrong on our side and the request was not completed. If it "
            + "happens again, give your administrator the incident id ";

    static Incident logged(Throwable failure, String method, String path) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        Incident incident = new Incident(HexFormat.of().formatHex(bytes));
        LOG.error("Incident {} on {} {}", incident.id(), method, path, failure);
        return incident;
    }

    String detail() {
        return DETAIL + id + ".";
    }
}
