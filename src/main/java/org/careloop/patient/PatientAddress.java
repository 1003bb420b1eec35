package org.careloop.patient;

/** Where the patient lives; any part may be unknown. */
public record PatientAddress(String line, String city, String state, String postalCode, String country) {
}
