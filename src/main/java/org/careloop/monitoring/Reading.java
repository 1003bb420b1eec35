package org.careloop.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A reading as the care team sees it: the kind, systolic and diastolic pressure or the value, the unit, when it was
 * taken, where it came from, who entered it and when; the {@code correction} when it was marked in error; and the
 * {@code alerts} it raised or joined.
 */
public record Reading(UUID id, ReadingKind kind, BigDecimal systolic, BigDecimal diastolic, BigDecimal value,
                      String unit, OffsetDateTime takenAt, ReadingSource source, UUID enteredBy,
                      OffsetDateTime enteredAt, String status, Correction correction, int version,
                      List<RaisedAlert> alerts) {

    public Reading {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** Why the reading was marked in error, by whom and when. */
    public record Correction(String reason, UUID by, OffsetDateTime at) {
    }

    public boolean inError() {
        return correction != null;
    }
}
