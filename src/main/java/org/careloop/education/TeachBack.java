package org.careloop.education;

import java.time.Instant;
import java.util.UUID;

/**
 * One teach-back: who taught ({@code taughtBy}, by name too), to whom, what it showed, a note, when, and the minutes
 * spent with the time entry they were logged as (null when no minutes were given: on a call the call's timer counts
 * them).
 */
public record TeachBack(UUID id, UUID taughtBy, String taughtByName, TaughtTo taughtTo, TeachBackResult result,
                        String note, Instant taughtAt, Integer minutes, UUID timeEntryId) {
}
