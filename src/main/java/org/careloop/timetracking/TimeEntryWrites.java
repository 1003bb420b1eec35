package org.careloop.timetracking;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one write of a time entry in one transaction. When the database refuses overlapping time, the answer names the
 * entry it overlaps (the patient gate the write runs behind records the refusal).
 */
@Component
class TimeEntryWrites {

    private final TimeEntries entries;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TimeEntryWrites(TimeEntries entries, TransactionTemplate transaction, Clock clock) {
        this.entries = entries;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** {@code staffId} and {@code span}: whose time the write lays down and when, to name an overlap; may be null. */
    void write(UUID entryId, UUID staffId, TimeSpan span, Runnable work) {
        try {
            transaction.executeWithoutResult(status -> work.run());
        } catch (DataIntegrityViolationException e) {
            if (!isOverlap(e) || staffId == null) {
                throw e;
            }
            throw overlapping(staffId, span, entryId);
        }
    }

    private OverlappingTime overlapping(UUID staffId, TimeSpan span, UUID entryId) {
        return entries.overlapping(staffId, span, entryId)
                .map(other -> new OverlappingTime("Overlaps a " + other.minutes() + "-minute " + other.program() + " entry ("
                        + other.activity().words() + ") of " + other.staffName() + " on " + other.date()
                        + " from " + clockTime(other.startedAt()) + " to " + clockTime(other.endedAt())
                        + ": one person cannot log the same minutes twice", other.id()))
                .orElseGet(() -> new OverlappingTime("Overlaps another time entry of the same person", null));
    }

    private String clockTime(Instant instant) {
        return LocalTime.ofInstant(instant, clock.getZone()).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** PostgreSQL's exclusion_violation: the no-overlap constraint. */
    private static boolean isOverlap(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
