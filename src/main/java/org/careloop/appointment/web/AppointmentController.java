package org.careloop.appointment.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.appointment.Appointment;
import org.careloop.appointment.AppointmentChange;
import org.careloop.appointment.AppointmentOutcome;
import org.careloop.appointment.AppointmentOutcomes;
import org.careloop.appointment.Appointments;
import org.careloop.appointment.NewAppointment;
import org.careloop.appointment.TransportChange;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Appointments over JSON: track, move, give a ride, record the outcome (a missed one opens a follow-up task). */
@RestController
@Tag(name = "Appointments", description = "Appointments the care manager arranges or learns of, rides and outcomes")
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class AppointmentController {

    private final Appointments appointments;
    private final AppointmentOutcomes outcomes;

    AppointmentController(Appointments appointments, AppointmentOutcomes outcomes) {
        this.appointments = appointments;
        this.outcomes = outcomes;
    }

    @PostMapping("/api/patients/{patientId}/appointments")
    @Operation(summary = "Track an appointment: kind, purpose, startsAt, location, withWhom, arrangedByCareManager, transport")
    ResponseEntity<Appointment> schedule(@PathVariable UUID patientId, @RequestBody NewAppointment request) {
        Appointment scheduled = appointments.schedule(patientId, request);
        return ResponseEntity.created(URI.create("/api/appointments/" + scheduled.id())).body(scheduled);
    }

    @GetMapping("/api/patients/{patientId}/appointments")
    @Operation(summary = "The patient's appointments, latest first")
    List<Appointment> list(@PathVariable UUID patientId) {
        return appointments.list(patientId);
    }

    @GetMapping("/api/appointments/{appointmentId}")
    @Operation(summary = "One appointment")
    Appointment find(@PathVariable UUID appointmentId) {
        return appointments.find(appointmentId);
    }

    @PutMapping("/api/appointments/{appointmentId}")
    @Operation(summary = "Move or correct a scheduled appointment (version; fields left out stay). 409 when stale or settled")
    Appointment reschedule(@PathVariable UUID appointmentId, @RequestBody AppointmentChange change) {
        return appointments.reschedule(appointmentId, change);
    }

    @PostMapping("/api/appointments/{appointmentId}/outcome")
    @Operation(summary = "Record KEPT, MISSED or CANCELLED with a note (version); MISSED opens one follow-up task")
    Appointment outcome(@PathVariable UUID appointmentId, @RequestBody AppointmentOutcome outcome) {
        return outcomes.record(appointmentId, outcome);
    }

    @PutMapping("/api/appointments/{appointmentId}/transportation")
    @Operation(summary = "Record the ride: arrangement, who drives or what was booked, the transport referral (version)")
    Appointment transportation(@PathVariable UUID appointmentId, @RequestBody TransportChange change) {
        return appointments.arrangeTransport(appointmentId, change);
    }
}
