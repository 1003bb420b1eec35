package org.careloop.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.careloop.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the practice's hand-entered practitioners and organizations share: each change names the version it was
 * based on, so an administrator correcting an entry never overwrites a correction made meanwhile.
 */
@Component
class HandEntries {

    private final JdbcClient jdbc;
    private final Clock clock;

    HandEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks the entry of {@code table} (practitioner or organization) active or not, if {@code version} is current. */
    void activate(String table, UUID id, boolean active, int version, int currentVersion) {
        int changed = jdbc.sql("update " + table + " set active = ?, changed_at = ?, version = version + 1"
                        + " where id = ? and version = ?").params(active, now(), id, version).update();
        refuseIfStale(changed, table, currentVersion);
    }

    /** Refuses a change that found no entry at the version it named (409). */
    static void refuseIfStale(int changed, String what, int currentVersion) {
        if (changed == 0) {
            throw new StaleVersion("The " + what + " was changed by someone else (now version " + currentVersion
                    + "); reload it", currentVersion);
        }
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
