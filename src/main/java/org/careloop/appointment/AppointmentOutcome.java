package org.careloop.appointment;

/** What became of the appointment ({@code status}: KEPT, MISSED, CANCELLED), with a note, based on {@code version}. */
public record AppointmentOutcome(Integer version, String status, String note) {
}
