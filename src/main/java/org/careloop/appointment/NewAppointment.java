package org.careloop.appointment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment to track: {@code kind} (PRIMARY_CARE, SPECIALIST, LAB, IMAGING, FACE_TO_FACE_AFTER_DISCHARGE,
 * OTHER), the purpose in a word or two ("cardiology"), when it begins, where, with whom, whether the care manager
 * arranged it (else she learnt of it), and the ride when one is known ({@code transport}: FAMILY_OR_FRIEND,
 * TRANSPORT_SERVICE, PUBLIC_TRANSIT, ON_THEIR_OWN, with a note and the transport referral).
 */
public record NewAppointment(String kind, String purpose, OffsetDateTime startsAt, String location, String withWhom,
                             Boolean arrangedByCareManager, String transport, String transportNote,
                             UUID transportReferralId) {
}
