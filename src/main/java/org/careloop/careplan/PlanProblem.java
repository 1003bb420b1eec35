package org.careloop.careplan;

import java.util.UUID;

/**
 * A problem the plan addresses: a chronic condition (coded by {@code conditionSystem} and {@code conditionCode},
 * for example ICD-10-CM E11.9, and linked to the entry of the patient's problem list by {@code conditionId} when
 * the patient has one) or a social need found by a screen ({@code sdohDomain}, for example {@code food-insecurity}). {@code expectedOutcome} is the expected outcome and prognosis CMS asks for.
 * {@code id} is null for a problem being added; the plan gives it one.
 */
public record PlanProblem(String id, String description, String conditionSystem, String conditionCode,
                          UUID conditionId, String sdohDomain, String expectedOutcome) {

    PlanProblem withId(String newId) {
        return new PlanProblem(newId, description, conditionSystem, conditionCode, conditionId, sdohDomain, expectedOutcome);
    }
}
