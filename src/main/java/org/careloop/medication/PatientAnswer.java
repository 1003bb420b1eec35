package org.careloop.medication;

import java.util.Locale;

/** What the patient (or caregiver) says about a medication on the list. */
public enum PatientAnswer {
    /** Takes it as the label says. */
    TAKING_AS_PRESCRIBED,
    /** Takes it, but not as prescribed (another dose, another time, only sometimes). */
    TAKING_DIFFERENTLY,
    /** Has it on the list but does not take it. */
    NOT_TAKING,
    /** A clinician stopped it; it leaves the list. */
    STOPPED_BY_CLINICIAN;

    /** Whether the patient takes the medication, so that it counts in the checks. */
    public boolean taking() {
        return this == TAKING_AS_PRESCRIBED || this == TAKING_DIFFERENTLY;
    }

    /** Whether the answer needs its reason: anything but taking it as prescribed. */
    public boolean needsReason() {
        return this != TAKING_AS_PRESCRIBED;
    }

    /** The answer as a care manager says it: "taking differently". */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("by clinician", "by a clinician");
    }
}
