package org.careloop.careplan;

import java.time.LocalDate;

/**
 * A goal with a measurable target and target date, in clinical words ({@code description}) and in the patient's
 * own words ({@code patientWords}, which the patient's copy shows first). {@code problemId} names the problem it
 * serves. {@code status} and {@code achievement} follow the FHIR Goal value sets.
 */
public record PlanGoal(String id, String problemId, String description, String patientWords, GoalTarget target,
                       LocalDate targetDate, GoalStatus status, GoalAchievement achievement) {

    PlanGoal withId(String newId) {
        return new PlanGoal(newId, problemId, description, patientWords, target, targetDate, status, achievement);
    }

    PlanGoal withProgress(GoalStatus newStatus, GoalAchievement newAchievement) {
        return new PlanGoal(id, problemId, description, patientWords, target, targetDate, newStatus, newAchievement);
    }

    /** The goal as defined, without its progress: a change here is substantive and needs a new signature. */
    PlanGoal definition() {
        return new PlanGoal(id, problemId, description, patientWords, target, targetDate, null, null);
    }
}
