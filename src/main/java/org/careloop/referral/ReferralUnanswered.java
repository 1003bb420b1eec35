package org.careloop.referral;

import java.time.Instant;
import java.util.UUID;

/** Nothing was heard from the service within the response window; the care manager has a follow-up task. */
public record ReferralUnanswered(UUID referralId, UUID patientId, UUID practiceId, UUID followUpTaskId, Instant at) {
}
