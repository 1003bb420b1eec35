package org.careloop;

/** An update based on an old version: refused, nothing changed. */
public class StaleVersion extends RuntimeException {
    private final Integer currentVersion;

    public StaleVersion(String message, Integer currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public Integer currentVersion() {
        return currentVersion;
    }
}
