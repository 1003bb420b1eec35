package org.careloop.careteam;

/** Why a person is on the patient's record; one person may be all three. */
public enum ContactKind {
    /** Helps the patient day to day: medicines, meals, rides to appointments. */
    CAREGIVER,
    /** Called when the patient cannot be reached or something happens to them. */
    EMERGENCY_CONTACT,
    /** Named by the patient to make healthcare decisions when the patient cannot (at most one at a time). */
    HEALTHCARE_PROXY
}
