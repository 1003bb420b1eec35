package org.careloop.enrollment;

import java.util.Locale;

/**
 * One entry of the chronic-condition catalogue: a SNOMED CT code, or an ICD-10-CM code or category prefix, and the
 * chronic category it counts toward.
 */
public record ChronicConditionCode(String system, String code, String display, String category) {

    public static final String SNOMED_CT = "http://snomed.info/sct";
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

    /**
     * Whether a recorded code falls under this entry: the same SNOMED CT concept, or an ICD-10-CM code at or
     * beneath this one (E11 covers E11.9). Systems are compared loosely, as EHRs spell them differently.
     */
    public boolean covers(String recordedSystem, String recordedCode) {
        if (recordedCode == null || recordedSystem == null || !system.equals(canonicalSystem(recordedSystem))) {
            return false;
        }
        if (SNOMED_CT.equals(system)) {
            return code.equals(recordedCode.trim());
        }
        return normalizedIcd(recordedCode).startsWith(normalizedIcd(code));
    }

    /** The catalogue's URI for a code system as an EHR may name it ("SNOMED", "ICD-10-CM", "urn:oid:...") or null. */
    public static String canonicalSystem(String system) {
        if (system == null) {
            return null;
        }
        String lower = system.toLowerCase(Locale.ROOT);
        if (lower.contains("snomed") || lower.equals("sct") || lower.contains("2.16.840.1.113883.6.96")) {
            return SNOMED_CT;
        }
        if (lower.contains("icd-10") || lower.contains("icd10") || lower.contains("2.16.840.1.113883.6.90")) {
            return ICD_10_CM;
        }
        return system;
    }

    private static String normalizedIcd(String code) {
        return code.replace(".", "").trim().toUpperCase(Locale.ROOT);
    }
}
