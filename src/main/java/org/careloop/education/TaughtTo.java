package org.careloop.education;

/** Who was taught: the patient, or the caregiver who helps them at home. */
public enum TaughtTo {
    PATIENT, CAREGIVER
}
