package org.careloop.referral.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.careloop.referral.ConsentToShare;
import org.careloop.referral.Delivery;
import org.careloop.referral.NewReferral;
import org.careloop.referral.Urgency;

/**
 * The referral form as posted: the need (or none, with a category), the service, what is asked, the patient's
 * consent to share, the urgency and care manager, and the button pressed (send by e-mail, or print). Dates stay text
 * until checked, so a mistyped one is named rather than refused whole.
 */
record ReferralForm(String needDomain, String category, UUID serviceId, String request, String consentWhat,
                    String consentWithWhom, String consentGivenOn, String urgency, UUID careManagerId, String delivery,
                    String sentOn) {

    static ReferralForm blank(String needDomain, UUID serviceId, LocalDate today) {
        return new ReferralForm(needDomain, null, serviceId, null, null, null, today.toString(), Urgency.ROUTINE.name(),
                null, null, today.toString());
    }

    NewReferral toReferral(Map<String, String> problems) {
        LocalDate given = day(consentGivenOn, "consent.givenOn", problems);
        LocalDate sent = day(sentOn, "sentOn", problems);
        Delivery how = "EMAIL".equals(delivery) ? Delivery.EMAIL : "PRINT".equals(delivery) ? Delivery.PRINT : null;
        return new NewReferral(serviceId, blank(needDomain) ? null : needDomain, blank(category) ? null : category,
                request, new ConsentToShare(consentWhat, consentWithWhom, given),
                "URGENT".equals(urgency) ? Urgency.URGENT : Urgency.ROUTINE, careManagerId, how,
                how == Delivery.PRINT ? sent : null);
    }

    private static LocalDate day(String text, String field, Map<String, String> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.put(field, "must be a date, such as 2026-05-01");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
