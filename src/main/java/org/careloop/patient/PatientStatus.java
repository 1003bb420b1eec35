package org.careloop.patient;

/** Whether the practice still looks after the patient. */
public enum PatientStatus {
    ACTIVE, INACTIVE, DECEASED
}
