package org.careloop.patient;

/**
 * A caregiver or emergency contact. {@code mayReceiveHealthInformation} records the patient's permission:
 * without it a care manager may only say that they called, not what about.
 */
public record PatientContact(Kind kind, String name, String relation, String phone,
                             boolean mayReceiveHealthInformation) {

    /** Why the person is on the record. */
    public enum Kind {
        CAREGIVER, EMERGENCY
    }
}
