package org.careloop.appointment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.careloop.referral.RideReferral;

/**
 * How an appointment reads where the care manager plans her day: "Upcoming: cardiology, Thu 3 Dec 10:30 at Heart
 * Center — daughter drives" (what, when in the practice's time zone, where, and the ride, so a missing ride is
 * seen before the day), and "Cardiology on Tue 1 Dec: outcome not recorded" for one whose outcome nobody recorded.
 */
final class AppointmentLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private AppointmentLines() {
    }

    /** {@code rides}: the referrals that booked rides, by id ("ride: referral to County Rides (accepted)"). */
    static String upcoming(Appointment appointment, ZoneId zone, Map<UUID, RideReferral> rides) {
        StringBuilder line = new StringBuilder("Upcoming: ").append(appointment.what()).append(", ")
                .append(WHEN.format(appointment.startsAt().atZone(zone)));
        if (appointment.location() != null) {
            line.append(" at ").append(appointment.location());
        }
        Transportation ride = appointment.transportation();
        RideReferral booked = ride == null || ride.referralId() == null ? null : rides.get(ride.referralId());
        line.append(" — ").append(ride == null ? "no ride recorded"
                : booked != null ? "ride: " + booked.words() : ride.words());
        return line.toString();
    }

    static String outcomeNotRecorded(Appointment appointment, ZoneId zone) {
        String what = appointment.what();
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " on "
                + DAY.format(appointment.startsAt().atZone(zone)) + ": outcome not recorded";
    }
}
