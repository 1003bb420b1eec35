package org.careloop.assessment;

import java.util.List;

/**
 * What an instrument says about the patient: the total (when scored), its severity band, whether the screen is
 * positive, safety flags such as {@code SUICIDE_RISK}, the follow-ups it calls for, and the social needs found.
 */
public record AssessmentResult(Integer score, String severity, boolean positive, List<String> flags,
                               List<String> followUps, List<SocialNeed> needs) {

    public static final String SUICIDE_RISK = "SUICIDE_RISK";
    /** An acute positive suicide-risk screen (ASQ question 5): imminent risk, always with {@link #SUICIDE_RISK}. */
    public static final String IMMINENT_SUICIDE_RISK = "IMMINENT_SUICIDE_RISK";
    public static final String INTERPERSONAL_VIOLENCE = "INTERPERSONAL_VIOLENCE";

    public AssessmentResult {
        flags = List.copyOf(flags);
        followUps = List.copyOf(followUps);
        needs = List.copyOf(needs);
    }

    /** A result is read as a negative screen only when it is not positive and carries no safety flag. */
    public static boolean negative(boolean positive, List<String> flags) {
        return !positive && (flags == null || flags.isEmpty());
    }

    /** A health-related social need found by a screen, such as food insecurity. */
    public record SocialNeed(String domain, String description) {
    }
}
