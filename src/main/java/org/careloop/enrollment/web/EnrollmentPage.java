package org.careloop.enrollment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.enrollment.Consent;
import org.careloop.enrollment.EligibilityScreening;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.program.CareProgram;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.careloop.enrollment.web.EnrollmentFormFields.blankToNull;
import static org.careloop.enrollment.web.EnrollmentFormFields.checked;
import static org.careloop.enrollment.web.EnrollmentFormFields.parseDate;
import static org.careloop.enrollment.web.EnrollmentFormFields.parseEnum;
import static org.careloop.enrollment.web.EnrollmentFormFields.parseId;
import static org.careloop.enrollment.web.EnrollmentFormFields.refuse;
import static org.careloop.enrollment.web.EnrollmentFormFields.version;

/**
 * A patient's enrollments as a care manager works them: refer, attest (providers), record and revoke consent,
 * pause, resume, disenroll and change the billing practitioner. Every change posts, then redirects back here with
 * a flash message; field problems come back beside their fields.
 */
@Controller
class EnrollmentPage {

    private final ProgramEnrollments enrollments;
    private final EligibilityScreening screening;
    private final PatientRegistry registry;
    private final Staff staff;
    private final Callers callers;
    private final MessageSource messages;
    private final Clock clock;

    EnrollmentPage(ProgramEnrollments enrollments, EligibilityScreening screening, PatientRegistry registry,
                   Staff staff, Callers callers, MessageSource messages, Clock clock) {
        this.enrollments = enrollments;
        this.screening = screening;
        this.registry = registry;
        this.staff = staff;
        this.callers = callers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/enrollment")
    String page(@PathVariable UUID id, Model model) {
        PatientRecord patient = registry.find(id);
        List<Enrollment> found = enrollments.of(id);
        Map<UUID, String> names = new HashMap<>();
        List<Staff.Person> providers = staff.inPractice(patient.practiceId(), Role.PROVIDER).stream()
                .filter(p -> p.npi() != null).toList();
        providers.forEach(p -> names.put(p.id(), p.displayName()));
        for (Enrollment e : found) {
            name(names, e.billingPractitionerId());
            name(names, e.attestedBy());
            e.history().forEach(move -> name(names, move.actorId()));
        }
        boolean provider = callers.current().hasRole(Role.PROVIDER);
        model.addAttribute("patient", patient);
        model.addAttribute("enrollments", found);
        model.addAttribute("names", names);
        model.addAttribute("providers", providers);
        model.addAttribute("programs", CareProgram.values());
        model.addAttribute("methods", Consent.ConsentMethod.values());
        model.addAttribute("provider", provider);
        model.addAttribute("verdict", screening.screen(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("paused", EnrollmentStatus.PAUSED);
        model.addAttribute("active", EnrollmentStatus.ACTIVE);
        model.addAttribute("disenrolled", EnrollmentStatus.DISENROLLED);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("errorForm", "");
            model.addAttribute("form", Map.of());
        }
        return "enrollment/enrollment";
    }

    @PostMapping("/patients/{id}/enrollment/refer")
    String refer(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes flash, Locale locale) {
        return act(id, "refer", form, flash, locale, () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            CareProgram program = parseEnum(CareProgram.class, form.get("program"), "program", problems);
            UUID practitioner = parseId(form.get("billingPractitionerId"), "billingPractitionerId", problems);
            refuse(problems);
            Enrollment referred = enrollments.refer(id, new ProgramEnrollments.Referral(program,
                    "true".equals(form.get("complex")), practitioner, null, form.get("reason"), null));
            return msg(locale, "enrollment.flash.referred", referred.program());
        });
    }

    @PostMapping("/patients/{id}/enrollment/{enrollmentId}/attest")
    String attest(@PathVariable UUID id, @PathVariable UUID enrollmentId, @RequestParam Map<String, String> form,
                  RedirectAttributes flash, Locale locale) {
        return act(id, "attest", form, flash, locale, () -> {
            Enrollment e = ofPatient(id, enrollmentId);
            Enrollment done = enrollments.attest(enrollmentId, version(form, e), form.get("note"));
            return msg(locale, "enrollment.flash.attested", done.program(), status(locale, done.status()));
        });
    }

    @PostMapping("/patients/{id}/enrollment/{enrollmentId}/consent")
    String consent(@PathVariable UUID id, @PathVariable UUID enrollmentId, @RequestParam Map<String, String> form,
                   RedirectAttributes flash, Locale locale) {
        return act(id, "consent-" + enrollmentId, form, flash, locale, () -> {
            Enrollment e = ofPatient(id, enrollmentId);
            // an unreadable method or date counts as missing, so the service names every problem of the form at once
            Map<String, String> unreadable = new LinkedHashMap<>();
            Consent.ConsentMethod method = parseEnum(Consent.ConsentMethod.class, form.get("method"), "method", unreadable);
            LocalDate obtainedOn = parseDate(form.get("obtainedOn"), "obtainedOn", unreadable);
            Enrollment done = enrollments.recordConsent(e.id(), new ProgramEnrollments.ConsentGiven(method, obtainedOn,
                    checked(form, "costSharing"), checked(form, "onePractitionerPerMonth"), checked(form, "rightToStop"),
                    checked(form, "electronicSharing"), blankToNull(form.get("language")), null, null));
            return done.isAttested() ? msg(locale, "enrollment.flash.consented", done.program(), status(locale, done.status()))
                    : msg(locale, "enrollment.flash.consentedAwaitingAttestation", done.program());
        });
    }

    @PostMapping("/patients/{id}/enrollment/{enrollmentId}/move")
    String move(@PathVariable UUID id, @PathVariable UUID enrollmentId, @RequestParam Map<String, String> form,
                RedirectAttributes flash, Locale locale) {
        return act(id, "move-" + enrollmentId, form, flash, locale, () -> {
            Enrollment e = ofPatient(id, enrollmentId);
            Map<String, String> problems = new LinkedHashMap<>();
            EnrollmentStatus to = parseEnum(EnrollmentStatus.class, form.get("to"), "to", problems);
            refuse(problems);
            Enrollment done = enrollments.moveTo(e.id(), version(form, e), to, form.get("reason"));
            return msg(locale, "enrollment.flash.moved", done.program(), status(locale, done.status()));
        });
    }

    @PostMapping("/patients/{id}/enrollment/{enrollmentId}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID enrollmentId, @RequestParam Map<String, String> form,
                  RedirectAttributes flash, Locale locale) {
        return act(id, "revoke-" + enrollmentId, form, flash, locale, () -> {
            Enrollment e = ofPatient(id, enrollmentId);
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate revokedOn = parseDate(form.get("revokedOn"), "revokedOn", problems);
            refuse(problems);
            Enrollment done = enrollments.revokeConsent(e.id(), revokedOn, form.get("reason"));
            return msg(locale, "enrollment.flash.revoked", done.program(), done.endOn());
        });
    }

    @PostMapping("/patients/{id}/enrollment/{enrollmentId}/practitioner")
    String practitioner(@PathVariable UUID id, @PathVariable UUID enrollmentId, @RequestParam Map<String, String> form,
                        RedirectAttributes flash, Locale locale) {
        return act(id, "practitioner-" + enrollmentId, form, flash, locale, () -> {
            Enrollment e = ofPatient(id, enrollmentId);
            Map<String, String> problems = new LinkedHashMap<>();
            UUID practitioner = parseId(form.get("billingPractitionerId"), "billingPractitionerId", problems);
            refuse(problems);
            Enrollment done = enrollments.changeBillingPractitioner(e.id(), version(form, e), practitioner,
                    form.get("reason"));
            return msg(locale, "enrollment.flash.practitioner", done.program(), status(locale, done.status()));
        });
    }

    private String act(UUID id, String formName, Map<String, String> form, RedirectAttributes flash, Locale locale,
                       Supplier<String> action) {
        try {
            flash.addFlashAttribute("flash", action.get());
        } catch (InvalidRequest invalid) {
            flash.addFlashAttribute("flashError", msg(locale, "enrollment.flash.invalid"));
            flash.addFlashAttribute("errors", new HashMap<>(invalid.fields()));
            flash.addFlashAttribute("errorForm", formName);
            flash.addFlashAttribute("form", new HashMap<>(form));
        } catch (StaleVersion stale) {
            flash.addFlashAttribute("flashError", msg(locale, "enrollment.flash.stale"));
        } catch (RefusedTransition refused) {
            flash.addFlashAttribute("flashError", msg(locale, "enrollment.flash.refused", refused.getMessage()));
        }
        return "redirect:/patients/" + id + "/enrollment";
    }

    private Enrollment ofPatient(UUID patientId, UUID enrollmentId) {
        Enrollment e = enrollments.find(enrollmentId);
        if (!e.patientId().equals(patientId)) {
            throw new NotFound("No enrollment " + enrollmentId + " for patient " + patientId);
        }
        return e;
    }

    private void name(Map<UUID, String> names, UUID id) {
        if (id != null && !names.containsKey(id)) {
            names.put(id, staff.find(id).map(Staff.Person::displayName).orElse(""));
        }
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String status(Locale locale, EnrollmentStatus status) {
        return msg(locale, "enrollment.status." + status.name());
    }
}
