package org.careloop.transition;

import java.time.LocalDate;
import java.util.UUID;

/** A provider saw the patient after the discharge and recorded the level of medical decision making. */
public record FaceToFaceVisitRecorded(UUID transitionId, UUID patientId, UUID practiceId, LocalDate visitedOn,
                                      MedicalDecisionMaking decisionMaking, UUID providerId) {
}
