package org.careloop.transition.internal;

import java.util.Map;

import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;

/**
 * Whether a discharge went to a community setting, the only kind that opens a transition of care (CMS TCM: home,
 * domiciliary, rest home or assisted living; CCM reference 1.9). Decided from the discharge disposition:
 * <ul>
 * <li>HL7 table 0112 (the UB-04 patient discharge status): 01 home or self-care, 04 custodial or supportive care
 * (assisted living, domiciliary, rest home), 06 home with home health, 07 left against medical advice (the patient
 * is at home and most in need of the call), 08 home with a home IV provider, and the same with a planned
 * readmission (81, 84, 86) are community settings. Transfers to a hospital, skilled nursing or rehabilitation
 * facility, hospice (at home or in a facility: hospice then manages the care), death and "still a patient" are not.</li>
 * <li>FHIR discharge-disposition: home, alt-home and aadvice are community settings; other-hcf, hosp, long, exp,
 * psy, rehab and snf are not.</li>
 * <li>No disposition, "oth" or a code not listed here (a state-defined code) is UNREPORTED: the transition opens,
 * because the call is owed either way and the care manager learns on it where the patient is.</li>
 * </ul>
 */
public final class CommunitySettings {

    /** Where the patient went, as far as it matters for a transition. */
    public enum Setting { COMMUNITY, FACILITY, UNREPORTED }

    private static final Map<String, Setting> HL7_0112 = Map.ofEntries(
            Map.entry("01", Setting.COMMUNITY), Map.entry("04", Setting.COMMUNITY), Map.entry("06", Setting.COMMUNITY),
            Map.entry("07", Setting.COMMUNITY), Map.entry("08", Setting.COMMUNITY), Map.entry("81", Setting.COMMUNITY),
            Map.entry("84", Setting.COMMUNITY), Map.entry("86", Setting.COMMUNITY),
            Map.entry("02", Setting.FACILITY), Map.entry("03", Setting.FACILITY), Map.entry("05", Setting.FACILITY),
            Map.entry("09", Setting.FACILITY), Map.entry("20", Setting.FACILITY), Map.entry("21", Setting.FACILITY),
            Map.entry("30", Setting.FACILITY), Map.entry("40", Setting.FACILITY), Map.entry("41", Setting.FACILITY),
            Map.entry("42", Setting.FACILITY), Map.entry("43", Setting.FACILITY), Map.entry("50", Setting.FACILITY),
            Map.entry("51", Setting.FACILITY), Map.entry("61", Setting.FACILITY), Map.entry("62", Setting.FACILITY),
            Map.entry("63", Setting.FACILITY), Map.entry("64", Setting.FACILITY), Map.entry("65", Setting.FACILITY),
            Map.entry("66", Setting.FACILITY), Map.entry("69", Setting.FACILITY), Map.entry("70", Setting.FACILITY),
            Map.entry("82", Setting.FACILITY), Map.entry("83", Setting.FACILITY), Map.entry("85", Setting.FACILITY),
            Map.entry("87", Setting.FACILITY), Map.entry("88", Setting.FACILITY), Map.entry("89", Setting.FACILITY),
            Map.entry("90", Setting.FACILITY), Map.entry("91", Setting.FACILITY), Map.entry("92", Setting.FACILITY),
            Map.entry("93", Setting.FACILITY), Map.entry("94", Setting.FACILITY), Map.entry("95", Setting.FACILITY));

    private static final Map<String, Setting> FHIR = Map.ofEntries(
            Map.entry("home", Setting.COMMUNITY), Map.entry("alt-home", Setting.COMMUNITY),
            Map.entry("aadvice", Setting.COMMUNITY),
            Map.entry("other-hcf", Setting.FACILITY), Map.entry("hosp", Setting.FACILITY),
            Map.entry("long", Setting.FACILITY), Map.entry("exp", Setting.FACILITY), Map.entry("psy", Setting.FACILITY),
            Map.entry("rehab", Setting.FACILITY), Map.entry("snf", Setting.FACILITY));

    private CommunitySettings() {
    }

    public static Setting of(DischargeDisposition disposition) {
        if (disposition == null || disposition.code() == null || disposition.code().isBlank()) {
            return Setting.UNREPORTED;
        }
        String code = disposition.code().trim();
        Map<String, Setting> table = "FHIR".equalsIgnoreCase(disposition.system()) ? FHIR : HL7_0112;
        return table.getOrDefault(code.length() == 1 && Character.isDigit(code.charAt(0)) ? "0" + code : code,
                Setting.UNREPORTED);
    }
}
