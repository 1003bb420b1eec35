package org.careloop.timetracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The practice-months closed for billing. Writers take a shared advisory lock on the month they touch and the
 * close takes it exclusively, so no entry slips into a month while it is being closed.
 */
@Repository
class ClosedMonths {

    private final JdbcClient jdbc;

    ClosedMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until nobody is closing the month, and keeps it from being closed until this transaction ends. */
    void holdOpen(UUID practiceId, YearMonth month) {
        jdbc.sql("select pg_advisory_xact_lock_shared(hashtextextended(?, 0))").param(key(practiceId, month))
                .query((rs, n) -> 1).list();
    }

    void lockForClosing(UUID practiceId, YearMonth month) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(key(practiceId, month))
                .query((rs, n) -> 1).list();
    }

    boolean isClosed(UUID practiceId, YearMonth month) {
        return jdbc.sql("select count(*) from time_month_closed where practice_id = ? and month = ?")
                .params(practiceId, month.atDay(1)).query(Long.class).single() > 0;
    }

    void close(UUID practiceId, YearMonth month, Instant at, String closedBy) {
        jdbc.sql("""
                insert into time_month_closed (practice_id, month, closed_at, closed_by) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(practiceId, month.atDay(1), Timestamp.from(at), closedBy).update();
    }

    void reopen(UUID practiceId, YearMonth month) {
        jdbc.sql("delete from time_month_closed where practice_id = ? and month = ?")
                .params(practiceId, month.atDay(1)).update();
    }

    /** "October 2026": how a month reads in a refusal. */
    static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    private static String key(UUID practiceId, YearMonth month) {
        return "time-month:" + practiceId + ":" + month;
    }
}
