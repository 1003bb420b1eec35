package org.careloop.education;

import java.time.OffsetDateTime;

import org.careloop.program.CareProgram;

/**
 * A teach-back to record on an assigned material: {@code version} of the assignment read, who was taught
 * (PATIENT, CAREGIVER), the result (UNDERSTOOD, NEEDS_REINFORCEMENT, NOT_DONE), a note, when (now when left out) and,
 * when the time was not already counted by a call's timer, the minutes spent, logged as care-management time for
 * {@code program} (CCM when left out).
 */
public record NewTeachBack(Integer version, String taughtTo, String result, String note, OffsetDateTime taughtAt,
                           Integer minutes, CareProgram program) {
}
