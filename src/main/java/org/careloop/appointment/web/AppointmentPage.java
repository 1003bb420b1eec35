package org.careloop.appointment.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.appointment.AppointmentKind;
import org.careloop.appointment.AppointmentOutcome;
import org.careloop.appointment.AppointmentOutcomes;
import org.careloop.appointment.AppointmentStatus;
import org.careloop.appointment.Appointments;
import org.careloop.appointment.NewAppointment;
import org.careloop.appointment.TransportArrangement;
import org.careloop.appointment.TransportChange;
import org.careloop.identity.Practices;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.referral.Referrals;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's appointments page: what is coming (with the ride), what happened, a form to track a new one, and on
 * each scheduled one the outcome and the ride. Posts redirect back with a flash message; a refused form comes back
 * with its values and each problem beside its field.
 */
@Controller
class AppointmentPage {

    /** The new-appointment form as typed; the time is the practice's local date and time. */
    record AppointmentForm(String kind, String purpose, String startsAt, String location, String withWhom,
                           String arrangedByCareManager, String transport, String transportNote) {

        static AppointmentForm blank() {
            return new AppointmentForm("", "", "", "", "", "true", "", "");
        }
    }

    private final Appointments appointments;
    private final AppointmentOutcomes outcomes;
    private final PatientRegistry patients;
    private final Practices practices;
    private final Referrals referrals;
    private final MessageSourceAccessor messages;

    AppointmentPage(Appointments appointments, AppointmentOutcomes outcomes, PatientRegistry patients, Referrals referrals,
                    Practices practices, MessageSource messages) {
        this.appointments = appointments;
        this.outcomes = outcomes;
        this.patients = patients;
        this.practices = practices;
        this.referrals = referrals;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/patients/{id}/appointments")
    String page(@PathVariable UUID id, Model model) {
        PatientRecord patient = patients.find(id);
        model.addAttribute("patient", patient);
        model.addAttribute("appointments", appointments.list(id));
        model.addAttribute("lines", appointments.lines(id));
        model.addAttribute("kinds", AppointmentKind.values());
        model.addAttribute("arrangements", TransportArrangement.values());
        // the patient's transport referrals, to book a ride through one
        model.addAttribute("rides", referrals.ridesFor(id));
        model.addAttribute("outcomes", List.of(AppointmentStatus.KEPT, AppointmentStatus.MISSED, AppointmentStatus.CANCELLED));
        model.addAttribute("zone", practices.zoneOf(patient.practiceId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AppointmentForm.blank());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "appointment/page";
    }

    @PostMapping("/patients/{id}/appointments")
    String schedule(@PathVariable UUID id, AppointmentForm form, RedirectAttributes redirect) {
        ZoneId zone = practices.zoneOf(patients.find(id).practiceId());
        try {
            appointments.schedule(id, new NewAppointment(form.kind(), form.purpose(), startsAt(form.startsAt(), zone),
                    form.location(), form.withWhom(), "true".equals(form.arrangedByCareManager()), form.transport(),
                    form.transportNote(), null));
            redirect.addFlashAttribute("flash", messages.getMessage("appointment.saved"));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("errors", invalid.fields());
            redirect.addFlashAttribute("flashError", messages.getMessage("appointment.fix"));
        } catch (RefusedTransition refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/patients/" + id + "/appointments";
    }

    @PostMapping("/patients/{id}/appointments/{appointmentId}/outcome")
    String outcome(@PathVariable UUID id, @PathVariable UUID appointmentId,
                   @RequestParam(required = false) Integer version, @RequestParam(required = false) String status,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        ofPatient(id, appointmentId);
        return done(id, redirect, "appointment.outcome.saved",
                () -> outcomes.record(appointmentId, new AppointmentOutcome(version, status, note)));
    }

    @PostMapping("/patients/{id}/appointments/{appointmentId}/transportation")
    String transportation(@PathVariable UUID id, @PathVariable UUID appointmentId,
                          @RequestParam(required = false) Integer version,
                          @RequestParam(required = false) String arrangement,
                          @RequestParam(required = false) String note,
                          @RequestParam(required = false) UUID referralId, RedirectAttributes redirect) {
        ofPatient(id, appointmentId);
        return done(id, redirect, "appointment.ride.saved", () -> appointments.arrangeTransport(appointmentId,
                new TransportChange(version, arrangement, note, referralId)));
    }

    private String done(UUID id, RedirectAttributes redirect, String saved, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("flash", messages.getMessage(saved));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", String.join("; ", invalid.fields().entrySet().stream()
                    .map(e -> messages.getMessage("appointment.field." + e.getKey(), e.getKey()) + " " + e.getValue())
                    .toList()));
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("appointment.stale"));
        } catch (RefusedTransition refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/patients/" + id + "/appointments";
    }

    private void ofPatient(UUID patientId, UUID appointmentId) {
        if (!appointments.find(appointmentId).patientId().equals(patientId)) {
            throw new NotFound("No appointment " + appointmentId + " for patient " + patientId);
        }
    }

    private static java.time.OffsetDateTime startsAt(String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.trim()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException bad) {
            throw new InvalidRequest("Invalid startsAt", Map.of("startsAt", "must be a date and a time"));
        }
    }
}
