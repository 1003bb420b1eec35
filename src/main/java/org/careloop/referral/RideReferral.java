package org.careloop.referral;

import java.util.Locale;
import java.util.UUID;

/**
 * A referral to a transport service, as an appointment's ride names it: the service booked and where the referral
 * stands, so the care manager sees whether the ride is confirmed before the day.
 */
public record RideReferral(UUID id, UUID patientId, String serviceName, ReferralStatus status) {

    /** "referral to County Senior Rides (accepted)". */
    public String words() {
        return "referral to " + serviceName + " (" + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    static RideReferral of(ReferralView view) {
        return new RideReferral(view.id(), view.patientId(), view.serviceName(), view.status());
    }
}
