package org.careloop.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A practice's referral loop over the referrals sent from {@code from} to {@code to}: in all, by need and by
 * organization, how many were sent and where they stand, the share closed with an outcome (service provided or not)
 * and the median days from sending to that outcome.
 */
public record LoopReport(UUID practiceId, LocalDate from, LocalDate to, Line total, List<Line> byNeed,
                         List<Line> byOrganization) {

    public LoopReport {
        byNeed = List.copyOf(byNeed);
        byOrganization = List.copyOf(byOrganization);
    }

    /** One group's referrals; {@code stillOpen} counts those SENT, ACCEPTED or NO_RESPONSE today. */
    public record Line(String label, int sent, int accepted, int declined, int noResponse, int serviceProvided,
                       int notProvided, int stillOpen, Double medianDaysToClose) {

        public int closedWithOutcome() {
            return serviceProvided + notProvided;
        }

        /** The share of referrals closed with an outcome, in whole percent. */
        public int closedWithOutcomePercent() {
            return sent == 0 ? 0 : Math.round(100f * closedWithOutcome() / sent);
        }
    }
}
