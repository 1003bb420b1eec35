package org.careloop.transition;

import java.time.LocalDate;
import java.util.UUID;

/** A discharge or an ED visit arrived in time to be worked: the care team owes the patient a contact by the due day. */
public record TransitionOpened(UUID transitionId, UUID patientId, UUID practiceId, TransitionKind kind, String facility,
                               LocalDate dischargedOn, LocalDate contactDueBy) {
}
