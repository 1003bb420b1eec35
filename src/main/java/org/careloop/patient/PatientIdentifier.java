package org.careloop.patient;

import java.util.UUID;

/**
 * An identifier the patient carries elsewhere (the EHR's id, a payer member number), or the practice MRN.
 * {@code type} is a short code such as {@code MR} (medical record number) or {@code MB} (member number).
 */
public record PatientIdentifier(String system, String value, String type) {

    static final String MRN_SYSTEM_PREFIX = "https://careloop.org/practice/";
    static final String MRN_SYSTEM_SUFFIX = "/mrn";

    /** The identifier system of one practice's MRNs. */
    public static String mrnSystem(UUID practiceId) {
        return MRN_SYSTEM_PREFIX + practiceId + MRN_SYSTEM_SUFFIX;
    }
}
