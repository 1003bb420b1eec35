package org.careloop;

import java.util.Map;

/** A request whose content breaks a rule; {@code fields} maps each bad field to its message. */
public class InvalidRequest extends RuntimeException {
    private final Map<String, String> fields;

    public InvalidRequest(String message, Map<String, String> fields) {
        super(message);
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
