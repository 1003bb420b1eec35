package org.careloop.assessment;

import java.util.Map;

import org.careloop.InvalidRequest;

/**
 * What the provider decided when reviewing a positive screen: the plan in their words (required) and, optionally,
 * which kind of follow-up it is.
 */
public record FollowUpPlan(String plan, Choice choice) {

    static final int MAX_LENGTH = 2000;

    /** The usual answers to a positive screen. */
    public enum Choice {
        NO_CHANGE, MEDICATION_CHANGE, BEHAVIORAL_HEALTH_REFERRAL, SCHEDULE_VISIT
    }

    /** The plan as stored, trimmed; refused naming {@code plan} when it is blank or too long. */
    FollowUpPlan checked() {
        if (plan == null || plan.isBlank()) {
            throw new InvalidRequest("Invalid plan", Map.of("plan", "is required: say what happens next for the patient"));
        }
        if (plan.length() > MAX_LENGTH) {
            throw new InvalidRequest("Invalid plan", Map.of("plan", "must be at most " + MAX_LENGTH + " characters"));
        }
        return new FollowUpPlan(plan.trim(), choice);
    }
}
