package org.careloop.careplan;

import java.time.LocalDate;

/**
 * The care team reviewed the plan with the patient, based on the version they read: on which day (today when not
 * given), whether the plan was changed, the next review date (one interval on when not given) and a note saying
 * what was found.
 */
public record PlanReview(Integer basedOnVersion, LocalDate reviewedOn, Boolean changed, LocalDate nextReviewOn,
                         String note) {
}
