package org.careloop.assessment.internal;

import java.util.List;

/** The scoring policies CareLoop ships, for tests that run without Spring. */
public final class ScoringPolicies {

    private ScoringPolicies() {
    }

    public static List<ScoringPolicy> all() {
        return List.of(new DepressionScreening(), new AnxietyScreening(), new SocialNeedsScreening(),
                new InitialAssessmentReview());
    }
}
