package org.careloop.referral;

import java.time.Instant;
import java.util.UUID;

/** A referral went out to a community service (e-mailed or printed). */
public record ReferralSent(UUID referralId, UUID patientId, UUID practiceId, String organizationName,
                           Delivery delivery, Instant at) {
}
