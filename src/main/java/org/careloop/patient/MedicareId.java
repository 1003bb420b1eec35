package org.careloop.patient;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Medicare Beneficiary Identifier (MBI) CMS gives each beneficiary: eleven characters, position 1 a digit 1–9,
 * positions 2, 5, 8 and 9 a letter, 3 and 6 a letter or digit, 4, 7, 10 and 11 a digit; letters never S, L, O, I,
 * B or Z. People write it with dashes (1EG4-TE5-MK73); CareLoop keeps it without, upper-case. It is shown whole
 * only on the patient's own chart and record; lists show {@link #masked} (the last four characters).
 */
public final class MedicareId {

    /** The FHIR identifier system of the MBI. */
    public static final String SYSTEM = "http://hl7.org/fhir/sid/us-mbi";

    /** The message a bad MBI is refused with, beside the field. */
    public static final String RULE = "must be a Medicare Beneficiary Identifier: 11 characters such as 1EG4-TE5-MK73";

    private static final String LETTER = "[AC-HJKMNP-RT-Y]";
    private static final String LETTER_OR_DIGIT = "[AC-HJKMNP-RT-Y0-9]";
    private static final Pattern FORMAT = Pattern.compile("[1-9]" + LETTER + LETTER_OR_DIGIT + "[0-9]" + LETTER
            + LETTER_OR_DIGIT + "[0-9]" + LETTER + LETTER + "[0-9][0-9]");

    private MedicareId() {
    }

    /** The MBI as stored: dashes and spaces removed, upper-case; null for a blank value. May still be invalid. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the text (dashes allowed) is a well-formed MBI. */
    public static boolean isValid(String text) {
        String normalized = normalize(text);
        return normalized != null && FORMAT.matcher(normalized).matches();
    }

    /** The MBI as a list shows it: every character hidden but the last four ("•••••••MK73"); null stays null. */
    public static String masked(String medicareId) {
        if (medicareId == null) {
            return null;
        }
        int shown = Math.min(4, medicareId.length());
        return "•".repeat(medicareId.length() - shown) + medicareId.substring(medicareId.length() - shown);
    }
}
