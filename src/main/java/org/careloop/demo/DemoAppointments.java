package org.careloop.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.careloop.appointment.Appointment;
import org.careloop.appointment.AppointmentOutcome;
import org.careloop.appointment.AppointmentOutcomes;
import org.careloop.appointment.Appointments;
import org.careloop.appointment.NewAppointment;
import org.careloop.identity.ActingStaff;
import org.careloop.patient.PatientRoster;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appointments in the demo: a primary-care visit kept last week, a lab draw missed three days ago (its follow-up task
 * waiting for the care manager), a cardiology visit in two days the daughter drives to, a face-to-face visit after a
 * discharge with a transport service booked, an echocardiogram two days ago nobody recorded the outcome of, and an
 * eye exam the clinic cancelled.
 */
@Component
class DemoAppointments {

    private final DemoCaseload caseload;
    private final Appointments appointments;
    private final AppointmentOutcomes outcomes;
    private final ActingStaff acting;
    private final Clock clock;

    DemoAppointments(DemoCaseload caseload, Appointments appointments, AppointmentOutcomes outcomes,
                     ActingStaff acting, Clock clock) {
        this.caseload = caseload;
        this.appointments = appointments;
        this.outcomes = outcomes;
        this.acting = acting;
        this.clock = clock;
    }

    @EventListener
    void on(DemoMonthPrepared prepared) {
        prepared.careManagers().forEach((practice, careManager) -> acting.run(careManager, () -> book(caseload.of(practice))));
    }

    private void book(List<PatientRoster.RosterEntry> patients) {
        DemoCaseload.at(patients, 0).ifPresent(p -> settle(track(p, "PRIMARY_CARE", "annual wellness visit", -6, 9,
                "Riverside Family Medicine", "Dr. Wei Chen", null, null), "KEPT", "Wellness visit done; flu shot given."));
        DemoCaseload.at(patients, 1).ifPresent(p -> track(p, "SPECIALIST", "cardiology", 2, 10, "Heart Center",
                "Dr. Adeyemi", "FAMILY_OR_FRIEND", "daughter drives"));
        DemoCaseload.at(patients, 2).ifPresent(p -> settle(track(p, "LAB", "HbA1c draw", -3, 8, "Quest on Main St",
                null, null, null), "MISSED", "No ride that morning; the bus did not come."));
        DemoCaseload.at(patients, 4).ifPresent(p -> track(p, "FACE_TO_FACE_AFTER_DISCHARGE", null, 5, 14,
                "Riverside Family Medicine", "Dr. Wei Chen", "TRANSPORT_SERVICE", "Medicaid ride booked, pick-up 1:15"));
        DemoCaseload.at(patients, 6).ifPresent(p -> track(p, "IMAGING", "echocardiogram", -2, 13,
                "Riverside Imaging", null, "ON_THEIR_OWN", null));
        DemoCaseload.at(patients, 8).ifPresent(p -> settle(track(p, "SPECIALIST", "diabetic eye exam", 9, 11,
                "Eye Associates", "Dr. Lin", "PUBLIC_TRANSIT", "Route 4 bus"), "CANCELLED",
                "The clinic moved it; new date to come."));
    }

    private Appointment track(UUID patient, String kind, String purpose, int daysFromToday, int hour, String location,
                              String withWhom, String transport, String transportNote) {
        OffsetDateTime at = ZonedDateTime.now(clock).plusDays(daysFromToday).withHour(hour).withMinute(30)
                .withSecond(0).withNano(0).toOffsetDateTime();
        return appointments.schedule(patient, new NewAppointment(kind, purpose, at, location, withWhom, true,
                transport, transportNote, null));
    }

    private void settle(Appointment appointment, String status, String note) {
        outcomes.record(appointment.id(), new AppointmentOutcome(appointment.version(), status, note));
    }
}
