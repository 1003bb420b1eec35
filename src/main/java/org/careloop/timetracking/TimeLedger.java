package org.careloop.timetracking;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.program.CareProgram;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time of a practice-month as billing sees it, and the month close. Once a month is closed no entry dated in it
 * changes and no ordinary entry joins it; only flagged amendments can still be logged. These queries answer for
 * whole practices or for patients the calling module has already scoped; auditing what is shown is the caller's.
 * Dates are in the practice's time zone (the zone of the injected {@link Clock}).
 */
@Service
public class TimeLedger {

    private final TimeEntries entries;
    private final ClosedMonths closedMonths;
    private final Callers callers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TimeLedger(TimeEntries entries, ClosedMonths closedMonths, Callers callers, TransactionTemplate transaction,
               Clock clock) {
        this.entries = entries;
        this.closedMonths = closedMonths;
        this.callers = callers;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Closes the month for billing; waits for writes already under way in that month to finish. Idempotent. */
    public void closeMonth(UUID practiceId, YearMonth month) {
        String closedBy = callers.find().map(Caller::username).orElse("system");
        transaction.executeWithoutResult(status -> {
            closedMonths.lockForClosing(practiceId, month);
            closedMonths.close(practiceId, month, clock.instant(), closedBy);
        });
    }

    /** Opens a closed month again, for example when the billing close is undone. */
    public void reopenMonth(UUID practiceId, YearMonth month) {
        transaction.executeWithoutResult(status -> {
            closedMonths.lockForClosing(practiceId, month);
            closedMonths.reopen(practiceId, month);
        });
    }

    public boolean isClosed(UUID practiceId, YearMonth month) {
        return closedMonths.isClosed(practiceId, month);
    }

    /** Every entry of the practice dated in the month that still counts (withdrawn ones left out), in one query. */
    public List<MonthEntry> entriesIn(UUID practiceId, YearMonth month) {
        return entries.inPractice(practiceId, month);
    }

    /**
     * Minutes per program per patient in the month, for the worklist's progress toward 20 minutes. Patients without
     * time are absent from the map.
     */
    public Map<UUID, Map<CareProgram, Integer>> minutesThisMonth(Collection<UUID> patientIds, YearMonth month) {
        return patientIds.isEmpty() ? Map.of() : entries.minutes(patientIds, month);
    }
}
