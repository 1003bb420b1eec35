package org.careloop.transition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The hospital corrected the stay (ADT A08, a re-sent discharge): facility, dates and so the deadlines may move.
 * {@code contactOwed}: the patient has still to be reached.
 */
public record TransitionAmended(UUID transitionId, UUID patientId, UUID practiceId, TransitionKind kind,
                                String facility, LocalDate dischargedOn, LocalDate contactDueBy, boolean contactOwed) {
}
