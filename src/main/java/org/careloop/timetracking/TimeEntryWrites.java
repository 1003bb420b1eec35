package org.careloop.timetracking;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one write of a time entry in one transaction and audits how it ended, refusals included. When the database
 * refuses overlapping time, the answer names the entry it overlaps.
 */
@Component
class TimeEntryWrites {

    private final TimeEntries entries;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TimeEntryWrites(TimeEntries entries, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** {@code staffId} and {@code span}: whose time the write lays down and when, to name an overlap; may be null. */
    void write(AuditAction action, AuditChannel channel, UUID practice, UUID patientId, UUID entryId, UUID staffId,
               TimeSpan span, Runnable work) {
        PatientDataAccess access = PatientDataAccess.of(action, channel, practice, patientId, TimeLog.RESOURCE,
                entryId);
        try {
            transaction.executeWithoutResult(status -> work.run());
        } catch (DataIntegrityViolationException e) {
            if (!isOverlap(e) || staffId == null) {
                throw e;
            }
            OverlappingTime overlap = overlapping(staffId, span, entryId);
            audit.record(access.withOutcome(AuditOutcome.FAILED, overlap.getMessage()));
            throw overlap;
        } catch (RefusedTransition | StaleVersion e) {
            audit.record(access.withOutcome(AuditOutcome.FAILED, e.getMessage()));
            throw e;
        }
        audit.record(access);
    }

    private OverlappingTime overlapping(UUID staffId, TimeSpan span, UUID entryId) {
        return entries.overlapping(staffId, span, entryId)
                .map(other -> new OverlappingTime("Overlaps time entry " + other.id() + " of " + other.staffName()
                        + " on " + other.date() + " from " + clockTime(other.startedAt()) + " to "
                        + clockTime(other.endedAt()) + " (" + other.minutes() + " min " + other.program() + ", "
                        + other.activity() + "): one person cannot log the same minutes twice", other.id()))
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
