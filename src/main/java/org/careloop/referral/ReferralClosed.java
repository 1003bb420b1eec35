package org.careloop.referral;

import java.time.Instant;
import java.util.UUID;

import org.careloop.careplan.NeedStatus;

/**
 * A referral closed: declined, or with its outcome (service provided or not) and how far the need is met
 * ({@code needStatus}, null when declined).
 */
public record ReferralClosed(UUID referralId, UUID patientId, UUID practiceId, String needDomain,
                             ReferralStatus status, NeedStatus needStatus, Instant at) {
}
