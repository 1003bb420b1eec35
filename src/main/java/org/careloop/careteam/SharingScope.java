package org.careloop.careteam;

/** What the patient allowed the care team to discuss with a contact. */
public enum SharingScope {
    /** Any of the patient's health information. */
    ALL,
    /** The care plan: goals, what the patient and caregiver do, medicines on the plan. */
    CARE_PLAN_ONLY,
    /** Dates, times and places of appointments, nothing clinical. */
    APPOINTMENTS_ONLY,
    /** Nothing beyond the fact that the care team called. */
    NONE
}
