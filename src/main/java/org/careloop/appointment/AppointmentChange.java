package org.careloop.appointment;

import java.time.OffsetDateTime;

/**
 * A scheduled appointment moved or corrected, based on the {@code version} read; fields left out stay as they are.
 */
public record AppointmentChange(Integer version, String kind, String purpose, OffsetDateTime startsAt, String location,
                                String withWhom) {
}
