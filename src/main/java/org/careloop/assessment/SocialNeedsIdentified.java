package org.careloop.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A social-needs screen (AHC HRSN) found needs; they become SDOH needs on the patient and problems on the
 * patient's care plan.
 */
public record SocialNeedsIdentified(UUID patientId, UUID practiceId, UUID assessmentId,
                                    List<AssessmentResult.SocialNeed> needs, Instant at) {

    public SocialNeedsIdentified {
        needs = List.copyOf(needs);
    }
}
