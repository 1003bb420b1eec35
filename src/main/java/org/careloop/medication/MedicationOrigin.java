package org.careloop.medication;

/** Where a medication on the list first came from: the EHR's prescriptions, or the patient's own report. */
public enum MedicationOrigin {
    EHR, PATIENT
}
