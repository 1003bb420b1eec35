package org.careloop.appointment;

import java.util.UUID;

/**
 * The ride arranged for an appointment, based on {@code version}: the arrangement (FAMILY_OR_FRIEND,
 * TRANSPORT_SERVICE, PUBLIC_TRANSIT, ON_THEIR_OWN), who drives or what was booked, and the transport referral.
 */
public record TransportChange(Integer version, String arrangement, String note, UUID referralId) {
}
