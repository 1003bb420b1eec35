package org.careloop.careplan;

/** The care team reviewed the plan with the patient, based on the version they read; {@code note} says what was found. */
public record PlanReview(Integer basedOnVersion, String note) {
}
