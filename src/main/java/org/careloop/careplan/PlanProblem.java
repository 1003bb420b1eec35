package org.careloop.careplan;

import java.util.UUID;

/**
 * A problem the plan addresses: a chronic condition (coded by {@code conditionSystem} and {@code conditionCode},
 * for example ICD-10-CM E11.9, and linked to the entry of the patient's problem list by {@code conditionId} when
 * the patient has one) or a social need found by a screen ({@code sdohDomain}, for example {@code food-insecurity}). {@code expectedOutcome} is the expected outcome and prognosis CMS asks for.
 * {@code needStatus} says how far a social need is met, once a community referral for it closed (null: open).
 * {@code id} is null for a problem being added; the plan gives it one.
 */
public record PlanProblem(String id, String description, String conditionSystem, String conditionCode,
                          UUID conditionId, String sdohDomain, String expectedOutcome, NeedStatus needStatus) {

    /** A problem whose need, if any, is still open. */
    public PlanProblem(String id, String description, String conditionSystem, String conditionCode,
                       UUID conditionId, String sdohDomain, String expectedOutcome) {
        this(id, description, conditionSystem, conditionCode, conditionId, sdohDomain, expectedOutcome, null);
    }

    /** Whether this is a social need not (yet) met. */
    public boolean openSocialNeed() {
        return sdohDomain != null && (needStatus == null || needStatus.open());
    }

    PlanProblem withId(String newId) {
        return new PlanProblem(newId, description, conditionSystem, conditionCode, conditionId, sdohDomain,
                expectedOutcome, needStatus);
    }

    PlanProblem withNeedStatus(NeedStatus status) {
        return new PlanProblem(id, description, conditionSystem, conditionCode, conditionId, sdohDomain,
                expectedOutcome, status);
    }

    /** The problem as defined, without how far its need is met: a change here needs a new signature. */
    PlanProblem definition() {
        return withNeedStatus(null);
    }
}
