package org.careloop.referral;

import java.time.LocalDate;
import java.util.Map;

import org.careloop.InvalidRequest;

/**
 * What a referral must say before it is sent, and what an answer must say, with each problem named by its field:
 * what is asked; the patient's consent to share (what, with whom, given on a day not after the sending); how it is
 * sent. A printed referral may be recorded up to {@value #LATE_RECORDING_DAYS} days after it went out, never ahead.
 */
final class ReferralRules {

    static final int LATE_RECORDING_DAYS = 30;

    private ReferralRules() {
    }

    static LocalDate sentOn(NewReferral request, LocalDate today, Map<String, String> problems) {
        if (request.sentOn() == null || request.sentOn().equals(today)) {
            return today;
        }
        if (request.delivery() == Delivery.EMAIL) {
            problems.put("sentOn", "an e-mail goes out now; only a printed referral can be recorded as sent earlier");
        } else if (request.sentOn().isAfter(today)) {
            problems.put("sentOn", "cannot be in the future");
        } else if (request.sentOn().isBefore(today.minusDays(LATE_RECORDING_DAYS))) {
            problems.put("sentOn", "must be within the last " + LATE_RECORDING_DAYS + " days");
        }
        return request.sentOn();
    }

    static void check(NewReferral request, LocalDate sentOn, Map<String, String> problems) {
        if (blank(request.request())) {
            problems.put("request", "say what is asked of the service, such as: groceries for a family of two this week");
        }
        ConsentToShare consent = request.consent();
        if (consent == null || blank(consent.what())) {
            problems.put("consent.what", "say what the patient agreed to share, such as: name, phone and the food need");
        }
        if (consent == null || blank(consent.withWhom())) {
            problems.put("consent.withWhom", "say with whom the patient agreed to share it, such as the service's intake staff");
        }
        if (consent == null || consent.givenOn() == null) {
            problems.put("consent.givenOn", "is required: the day the patient gave consent");
        } else if (consent.givenOn().isAfter(sentOn)) {
            problems.put("consent.givenOn", "must be on or before the day the referral is sent (" + sentOn + ")");
        }
        if (request.delivery() == null) {
            problems.put("delivery", "must be EMAIL (to the service's intake address) or PRINT (for fax or hand delivery)");
        }
    }

    static void check(ReferralUpdate update) {
        if (update.version() == null) {
            throw new InvalidRequest("Invalid version", Map.of("version", "must be the version of the referral you read"));
        }
        if (update.status() == null) {
            throw new InvalidRequest("Invalid status", Map.of("status",
                    "must be ACCEPTED, DECLINED, SERVICE_PROVIDED or NOT_PROVIDED"));
        }
    }

    static ConsentToShare trimmed(ConsentToShare consent) {
        return new ConsentToShare(consent.what().trim(), consent.withWhom().trim(), consent.givenOn());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
