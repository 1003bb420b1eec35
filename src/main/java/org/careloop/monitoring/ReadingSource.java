package org.careloop.monitoring;

/**
 * Where a reading came from: the EHR, the clinic, the patient (read out on the phone or typed in) or a device feed.
 * The same words as the patient module's observation sources.
 */
public enum ReadingSource {
    EHR, CLINIC, PATIENT_REPORTED, DEVICE
}
