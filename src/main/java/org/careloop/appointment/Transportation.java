package org.careloop.appointment;

import java.util.UUID;

/**
 * The ride to an appointment: the arrangement, a note of who drives or what was booked ("daughter drives", "MTM
 * pick-up 9:45"), and, for a transport service, the referral that booked it ({@code referralId}, once referrals are
 * kept in CareLoop).
 */
public record Transportation(TransportArrangement arrangement, String note, UUID referralId) {

    /** The ride in a few words: the note when there is one ("daughter drives"), else the arrangement. */
    public String words() {
        if (note != null && !note.isBlank()) {
            return note;
        }
        return switch (arrangement) {
            case FAMILY_OR_FRIEND -> "family or a friend drives";
            case TRANSPORT_SERVICE -> "transport service booked";
            case PUBLIC_TRANSIT -> "public transit";
            case ON_THEIR_OWN -> "gets there on their own";
        };
    }
}
