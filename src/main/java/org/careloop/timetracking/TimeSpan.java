package org.careloop.timetracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * When a piece of work started and stopped. It counts in whole minutes elapsed, never rounded up: CMS applies no
 * rounding and no midpoint rule to care-management codes, so 19 minutes 59 seconds are 19 minutes.
 */
public record TimeSpan(Instant startedAt, Instant endedAt) {

    /**
     * The longest one entry may be. Longer is more likely a forgotten timer or aggregated time (what OIG audits
     * find in cloned logs) than one sitting of care-management work; such time is logged piece by piece.
     */
    public static final int MAX_MINUTES = 240;

    /**
     * No care-management time is older than this: Medicare began paying for CCM in 2015, and a date before 2000 is
     * a typing mistake (1900 for 2000), not history to keep.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    public TimeSpan {
        if (startedAt == null || endedAt == null || !endedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("A time span ends after it starts: " + startedAt + " to " + endedAt);
        }
    }

    public static TimeSpan ofMinutes(Instant startedAt, int minutes) {
        return new TimeSpan(startedAt, startedAt.plus(Duration.ofMinutes(minutes)));
    }

    public int minutes() {
        return (int) Duration.between(startedAt, endedAt).toMinutes();
    }

    /** The date of service: the day the work started, in the practice's time zone. */
    public LocalDate dateIn(ZoneId zone) {
        return LocalDate.ofInstant(startedAt, zone);
    }

    public YearMonth monthIn(ZoneId zone) {
        return YearMonth.from(dateIn(zone));
    }
}
