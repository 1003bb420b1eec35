package org.careloop.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An instrument as administered to a patient: answers, result, who gave it and when; once a provider reviewed a
 * positive screen, their follow-up plan, who they are and when.
 */
public record RecordedAssessment(UUID id, UUID patientId, String instrument, String instrumentTitle, Integer score,
                                 String severity, boolean positive, List<String> flags, List<String> followUps,
                                 List<AssessmentResult.SocialNeed> needs, List<AnsweredQuestion> answers,
                                 UUID administeredBy, OffsetDateTime administeredAt, OffsetDateTime followedUpAt,
                                 FollowUpPlan followUpPlan, UUID reviewedBy) {

    /** Shown as a negative screen: never when a safety flag was raised, whatever the total. */
    public boolean negativeScreen() {
        return AssessmentResult.negative(positive, flags);
    }

    /** The instrument this result asks to give next, such as the PHQ-9 after a positive PHQ-2. */
    public Optional<String> asksFor() {
        return FollowUpScreens.askedFor(instrument, positive);
    }
}
