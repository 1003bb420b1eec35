package org.careloop.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The patient's consent to a program, given for one billing practitioner. CMS requires it before the service,
 * verbal or written, after the patient was told that cost sharing applies, that only one practitioner can bill
 * the service in a month, that they may stop at any time (effective at the end of that month) and, since the
 * 2015 rule, that their information will be shared electronically. Consent is one-time, not yearly.
 */
public record Consent(UUID id, UUID billingPractitionerId, ConsentMethod method, LocalDate obtainedOn, UUID obtainedBy,
                      boolean costSharingExplained, boolean onePractitionerExplained, boolean rightToStopExplained,
                      boolean electronicSharingAuthorized, String language, String attachmentName,
                      LocalDate revokedOn, String revocationReason) {

    public enum ConsentMethod { VERBAL, WRITTEN }

    /** Whether the consent covers service in a month: given by then, not revoked before it, for this practitioner. */
    public boolean covers(YearMonth month, UUID practitioner) {
        return billingPractitionerId.equals(practitioner)
                && !obtainedOn.isAfter(month.atEndOfMonth())
                && (revokedOn == null || !YearMonth.from(revokedOn).isBefore(month));
    }

    public boolean isRevoked() {
        return revokedOn != null;
    }
}
