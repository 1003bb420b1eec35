package org.careloop.chart.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.careloop.patient.PatientAllergy;

/**
 * An allergy entry that states there are none: SNOMED CT 716186003 "No known allergy" and its narrower kin
 * 409137002 "No known drug allergy", 429625007 "No known food allergy" and 428607008 "No known environmental
 * allergy", or an uncoded entry whose text says so ("No known allergies", "NKA", "NKDA"). Only such a statement lets
 * the chart say "No known allergies"; an empty list means nobody recorded them.
 */
final class NoKnownAllergy {

    static final Set<String> SNOMED_CODES = Set.of("716186003", "409137002", "429625007", "428607008");

    private static final Pattern STATED = Pattern.compile("(?i)\\s*(no known( \\w+)? allerg(y|ies)|nkda?)\\s*");

    private NoKnownAllergy() {
    }

    static boolean states(PatientAllergy allergy) {
        boolean snomed = allergy.codeSystem() == null || allergy.codeSystem().contains("snomed");
        return (snomed && allergy.code() != null && SNOMED_CODES.contains(allergy.code()))
                || (allergy.display() != null && STATED.matcher(allergy.display()).matches());
    }
}
