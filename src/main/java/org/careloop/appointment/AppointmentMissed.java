package org.careloop.appointment;

import java.time.Instant;
import java.util.UUID;

/** The patient missed an appointment; {@code followUpTaskId} is the task opened to find out why and rebook. */
public record AppointmentMissed(UUID appointmentId, UUID patientId, UUID practiceId, Instant startsAt,
                                UUID followUpTaskId) {
}
