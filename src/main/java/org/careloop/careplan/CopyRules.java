package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.careloop.InvalidRequest;

/**
 * What documenting a copy of the plan needs (CMS: document that the patient or caregiver got a copy): how it was
 * given, a date that is neither in the future nor before the plan existed, and who received it.
 */
final class CopyRules {

    private CopyRules() {
    }

    static void check(CopyMethod method, LocalDate givenOn, String givenTo, LocalDate today, Instant planStarted) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (method == null) {
            problems.put("method", "must be one of MAIL, PORTAL, IN_PERSON, EMAIL, FAX");
        }
        if (givenOn == null || givenOn.isAfter(today)) {
            problems.put("givenOn", "must be a date, not after today");
        } else if (givenOn.isBefore(planStarted.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1))) {
            problems.put("givenOn", "must not be before the plan was started");
        }
        if (givenTo == null || givenTo.isBlank()) {
            problems.put("to", "must name the patient or caregiver who received it");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The copy cannot be recorded", problems);
        }
    }
}
