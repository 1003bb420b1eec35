package org.careloop.patient;

/**
 * Where an observation came from: the patient's EHR (imported), the clinic (measured by staff), the patient (read out
 * on the phone or typed in) or a monitoring device's feed.
 */
public enum ObservationSource {
    EHR, CLINIC, PATIENT_REPORTED, DEVICE
}
