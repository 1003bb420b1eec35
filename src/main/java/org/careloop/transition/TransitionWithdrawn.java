package org.careloop.transition;

import java.util.UUID;

/** The hospital cancelled the admission or the discharge (ADT A11, A13), or corrected it to a facility: no transition. */
public record TransitionWithdrawn(UUID transitionId, UUID patientId, UUID practiceId, String reason) {
}
