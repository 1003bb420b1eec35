package org.careloop.wishes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.careteam.PatientContacts;
import org.careloop.StaleVersion;
import org.careloop.wishes.AdvanceDirectives;
import org.careloop.wishes.CodeStatus;
import org.careloop.wishes.CodeStatusChange;
import org.careloop.wishes.DirectiveKind;
import org.careloop.wishes.NewDirective;
import org.careloop.wishes.PatientWishes;
import org.careloop.wishes.Revocation;
import org.careloop.wishes.WhatMattersChange;
import org.careloop.patient.PatientRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's wishes page: code status, what matters most in their words, and the advance directives with their
 * copies. Each form posts, and the page comes back with a flash message; a refused form comes back with its values
 * and each problem beside its field ({@code errors} keyed by the form: "codeStatus.source", "directive.kind").
 */
@Controller
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class WishesPage {

    /** A new directive as typed; dates come as text so a bad one is shown beside its field. */
    record DirectiveForm(String kind, String signedOn, String originalLocation, String proxyContactId,
                         String proxyName, String proxyRelationship, String proxyPhone, String note) {
    }

    private final PatientWishes wishes;
    private final AdvanceDirectives directives;
    private final PatientRegistry patients;
    private final PatientContacts contacts;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    WishesPage(PatientWishes wishes, AdvanceDirectives directives, PatientRegistry patients, PatientContacts contacts,
               MessageSource messages, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
        this.wishes = wishes;
        this.directives = directives;
        this.patients = patients;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/patients/{id}/wishes")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("patient", patients.find(id));
        model.addAttribute("wishes", wishes.of(id));
        model.addAttribute("codeStatuses", CodeStatus.values());
        model.addAttribute("kinds", DirectiveKind.values());
        model.addAttribute("contacts", contacts.of(id));
        model.addAttribute("today", LocalDate.now(clock).toString());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("directiveForm")) {
            model.addAttribute("directiveForm", new DirectiveForm("", "", "", "", "", "", "", ""));
        }
        return "wishes/page";
    }

    @PostMapping("/patients/{id}/wishes/code-status")
    String codeStatus(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                      @RequestParam(required = false) String codeStatus, @RequestParam(required = false) String recordedOn,
                      @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return done(id, redirect, "codeStatus", () -> wishes.recordCodeStatus(id, new CodeStatusChange(version,
                codeStatus, day("recordedOn", recordedOn), source)));
    }

    @PostMapping("/patients/{id}/wishes/what-matters")
    String whatMatters(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                       @RequestParam(required = false) String inTheirWords, @RequestParam(required = false) String saidOn,
                       RedirectAttributes redirect) {
        return done(id, redirect, "whatMatters", () -> wishes.recordWhatMatters(id, new WhatMattersChange(version,
                inTheirWords, day("saidOn", saidOn))));
    }

    @PostMapping("/patients/{id}/wishes/directives")
    String directive(@PathVariable UUID id, DirectiveForm form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("directiveForm", form);
        return done(id, redirect, "directive", () -> directives.record(id, new NewDirective(form.kind(),
                day("signedOn", form.signedOn()), form.originalLocation(), form.proxyName(), form.proxyRelationship(),
                form.proxyPhone(), contactId(form.proxyContactId()), form.note())));
    }

    @PostMapping("/patients/{id}/wishes/directives/{directiveId}/copy")
    String copy(@PathVariable UUID id, @PathVariable UUID directiveId, @RequestParam(required = false) Integer version,
                @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        ofPatient(id, directiveId);
        return done(id, redirect, "copy-" + directiveId, () -> directives.attachCopy(directiveId, version,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                WishesController.bytes(file)));
    }

    @PostMapping("/patients/{id}/wishes/directives/{directiveId}/revocation")
    String revoke(@PathVariable UUID id, @PathVariable UUID directiveId, @RequestParam(required = false) Integer version,
                  RedirectAttributes redirect) {
        ofPatient(id, directiveId);
        return done(id, redirect, "revoke-" + directiveId, () -> directives.revoke(directiveId,
                new Revocation(version, null)));
    }

    /** The copy for the browser session (the API serves the same bytes). */
    @GetMapping("/advance-directives/{directiveId}/copy")
    ResponseEntity<byte[]> download(@PathVariable UUID directiveId) {
        return WishesController.download(directives.copy(directiveId));
    }

    private String done(UUID id, RedirectAttributes redirect, String form, Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("flash", messages.getMessage("wishes.saved." + form.replaceAll("-.*", "")));
        } catch (InvalidRequest invalid) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            invalid.fields().forEach((field, message) -> errors.put(form + "." + field, message));
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("flashError", messages.getMessage("wishes.fix"));
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("wishes.stale"));
        } catch (RefusedTransition refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/patients/" + id + "/wishes";
    }

    private void ofPatient(UUID patientId, UUID directiveId) {
        if (!directives.find(directiveId).patientId().equals(patientId)) {
            throw new NotFound("No advance directive " + directiveId + " for patient " + patientId);
        }
    }

    private static UUID contactId(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(chosen.trim());
        } catch (IllegalArgumentException bad) {
            throw new InvalidRequest("Invalid proxyContactId", Map.of("proxyContactId", "must be one of the contacts"));
        }
    }

    private static LocalDate day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException bad) {
            throw new InvalidRequest("Invalid " + field, Map.of(field, "must be a date"));
        }
    }
}
