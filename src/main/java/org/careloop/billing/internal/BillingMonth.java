package org.careloop.billing.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.billing.BillingMonthClosed;
import org.careloop.billing.BillingMonthReopened;

/**
 * A practice's billing month. It is open until the biller closes it into a statement version; a closed month
 * takes no second close until an administrator re-opens it, and the next close writes the next version. Illegal
 * moves are refused naming the month's state.
 */
public final class BillingMonth {

    /** Whether the month still takes a close. */
    public enum Status { OPEN, CLOSED }

    private final UUID practiceId;
    private final YearMonth month;
    private final Status loadedStatus;
    private final int loadedVersion;
    private Status status;
    private int statementVersion;
    private String closedBy;
    private OffsetDateTime closedAt;
    private String reopenedBy;
    private OffsetDateTime reopenedAt;
    private String reopenReason;
    private final List<Object> events = new ArrayList<>();

    public BillingMonth(UUID practiceId, YearMonth month, Status status, int statementVersion, String closedBy,
                        OffsetDateTime closedAt, String reopenedBy, OffsetDateTime reopenedAt, String reopenReason) {
        this.practiceId = practiceId;
        this.month = month;
        this.loadedStatus = status;
        this.loadedVersion = statementVersion;
        this.status = status;
        this.statementVersion = statementVersion;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.reopenedBy = reopenedBy;
        this.reopenedAt = reopenedAt;
        this.reopenReason = reopenReason;
    }

    /** A month nobody has closed yet. */
    public static BillingMonth open(UUID practiceId, YearMonth month) {
        return new BillingMonth(practiceId, month, Status.OPEN, 0, null, null, null, null, null);
    }

    /**
     * Closes the month into the next statement version. The statement is computed (and the month's time locked)
     * only once the close is allowed.
     */
    public PracticeMonth.Evaluated close(String by, OffsetDateTime at, Supplier<PracticeMonth.Evaluated> statement) {
        if (status == Status.CLOSED) {
            throw new RefusedTransition(month + " is already closed (statement version " + statementVersion
                    + "); an administrator must re-open it first");
        }
        PracticeMonth.Evaluated evaluated = statement.get();
        status = Status.CLOSED;
        statementVersion++;
        closedBy = by;
        closedAt = at;
        events.add(new BillingMonthClosed(practiceId, month.toString(), statementVersion, evaluated.lines().size(), by));
        return evaluated;
    }

    /** An administrator opens a closed month again, saying why; the statement sent stays on record. */
    public void reopen(String by, OffsetDateTime at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("Invalid reason", Map.of("reason", "is required: say why the month is re-opened"));
        }
        if (status == Status.OPEN) {
            throw new RefusedTransition(month + " is open; there is nothing to re-open");
        }
        status = Status.OPEN;
        reopenedBy = by;
        reopenedAt = at;
        reopenReason = reason.trim();
        events.add(new BillingMonthReopened(practiceId, month.toString(), by, reopenReason));
    }

    /** The events since the month was loaded, handed out once for publishing. */
    public List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    public UUID practiceId() {
        return practiceId;
    }

    public YearMonth month() {
        return month;
    }

    public Status status() {
        return status;
    }

    /** The latest statement version written (0 before the first close). */
    public int statementVersion() {
        return statementVersion;
    }

    Status loadedStatus() {
        return loadedStatus;
    }

    int loadedVersion() {
        return loadedVersion;
    }

    String closedBy() {
        return closedBy;
    }

    OffsetDateTime closedAt() {
        return closedAt;
    }

    String reopenedBy() {
        return reopenedBy;
    }

    OffsetDateTime reopenedAt() {
        return reopenedAt;
    }

    String reopenReason() {
        return reopenReason;
    }
}
