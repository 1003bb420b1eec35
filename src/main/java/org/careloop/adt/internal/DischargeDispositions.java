package org.careloop.adt.internal;

import java.util.Map;

/**
 * Where a discharged patient went, in the words of HL7 table 0112 (Discharge Disposition) as US hospitals fill it:
 * the NUBC UB-04 patient discharge status codes. A code a hospital uses locally is kept as sent, without words.
 */
final class DischargeDispositions {

    static final String SYSTEM = "HL7_0112";

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("01", "Discharged to home or self care"),
            Map.entry("02", "Transferred to a short-term general hospital for inpatient care"),
            Map.entry("03", "Transferred to a skilled nursing facility"),
            Map.entry("04", "Transferred to an intermediate care facility"),
            Map.entry("05", "Transferred to a designated cancer center or children's hospital"),
            Map.entry("06", "Discharged home under the care of a home health service organization"),
            Map.entry("07", "Left against medical advice"),
            Map.entry("09", "Admitted as an inpatient to this hospital"),
            Map.entry("20", "Expired"),
            Map.entry("21", "Discharged to court or law enforcement"),
            Map.entry("30", "Still a patient"),
            Map.entry("40", "Expired at home (hospice)"),
            Map.entry("41", "Expired in a medical facility (hospice)"),
            Map.entry("42", "Expired, place unknown (hospice)"),
            Map.entry("43", "Transferred to a federal health care facility"),
            Map.entry("50", "Discharged to hospice at home"),
            Map.entry("51", "Discharged to a hospice medical facility"),
            Map.entry("61", "Transferred to a swing bed within this hospital"),
            Map.entry("62", "Transferred to an inpatient rehabilitation facility"),
            Map.entry("63", "Transferred to a long-term care hospital"),
            Map.entry("64", "Transferred to a nursing facility certified under Medicaid only"),
            Map.entry("65", "Transferred to a psychiatric hospital or unit"),
            Map.entry("66", "Transferred to a critical access hospital"),
            Map.entry("69", "Transferred to a designated disaster alternative care site"),
            Map.entry("70", "Transferred to another type of health care institution"));

    private DischargeDispositions() {
    }

    /** The words for a code ("1" is read as "01"), or null for a code of the hospital's own. */
    static String words(String code) {
        return WORDS.get(code.length() == 1 ? "0" + code : code);
    }
}
