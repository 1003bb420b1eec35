package org.careloop.transition;

import java.util.UUID;

/**
 * What an open transition asks of the care manager today, in the worklist's words: "Discharged Tue from Mercy
 * General — contact by Thu". {@code contactOwed}: the patient still has to be reached (the most pressing step).
 */
public record TransitionDue(UUID patientId, UUID transitionId, TransitionKind kind, boolean contactOwed,
                            String reason) {
}
