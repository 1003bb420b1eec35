package org.careloop.education.web;

import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.education.Education;
import org.careloop.education.EducationCopies;
import org.careloop.education.EmailedCopy;
import org.careloop.education.MailNotConfigured;
import org.careloop.education.NewAssignment;
import org.careloop.education.NewTeachBack;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The education page, and the same panel inside the call page (loaded with htmx): assign a material, print or
 * e-mail the large-type copy, record the teach-back. An htmx post answers with the panel; a plain post redirects
 * back to the page it came from ({@code context}: the call or the education page).
 */
@Controller
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class EducationPage {

    private final EducationPanel panel;
    private final Education education;
    private final EducationCopies copies;
    private final PatientRegistry patients;
    private final MessageSourceAccessor messages;

    EducationPage(EducationPanel panel, Education education, EducationCopies copies, PatientRegistry patients,
                  MessageSource messages) {
        this.panel = panel;
        this.education = education;
        this.copies = copies;
        this.patients = patients;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/patients/{id}/education")
    String page(@PathVariable UUID id, @RequestParam(required = false) UUID plan,
                @RequestParam(required = false) String intervention, Model model) {
        model.addAttribute("patient", patients.find(id));
        panel.fill(model, id, "page", plan == null || intervention == null ? null : plan + "|" + intervention);
        return "education/page";
    }

    @GetMapping("/patients/{id}/education/call-panel")
    String callPanel(@PathVariable UUID id, Model model) {
        panel.fill(model, id, "call", null);
        return "education/panel :: panel";
    }

    @PostMapping("/patients/{id}/education/assignments")
    String assign(@PathVariable UUID id, @RequestParam(required = false) String materialId,
                  @RequestParam(required = false) String intervention,
                  @RequestParam(defaultValue = "page") String context,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        try {
            String[] chosen = intervention == null || intervention.isBlank() ? null : intervention.split("\\|", 2);
            UUID plan = chosen == null ? null : UUID.fromString(chosen[0]);
            education.assign(id, new NewAssignment(materialId, plan, chosen == null || chosen.length < 2 ? null : chosen[1]));
            said(model, redirect, "panelSaved", messages.getMessage("education.assign.saved"));
        } catch (InvalidRequest invalid) {
            said(model, redirect, "errors", invalid.fields());
        } catch (IllegalArgumentException badChoice) {
            said(model, redirect, "errors", Map.of("intervention", "is not an intervention of a care plan"));
        } catch (RefusedTransition refused) {
            said(model, redirect, "panelError", refused.getMessage());
        }
        return answer(id, context, htmx, model);
    }

    @PostMapping("/patients/{id}/education/assignments/{assignmentId}/teach-back")
    String teachBack(@PathVariable UUID id, @PathVariable UUID assignmentId,
                     @RequestParam(required = false) Integer version, @RequestParam(required = false) String taughtTo,
                     @RequestParam(required = false) String result, @RequestParam(required = false) String note,
                     @RequestParam(required = false) String minutes, @RequestParam(defaultValue = "page") String context,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                     RedirectAttributes redirect) {
        ofPatient(id, assignmentId);
        EducationPanel.TeachBackForm form = new EducationPanel.TeachBackForm(assignmentId, taughtTo, result, note, minutes);
        try {
            education.recordTeachBack(assignmentId, new NewTeachBack(version, taughtTo, result, note, null,
                    minutes(minutes), null));
            said(model, redirect, "panelSaved", messages.getMessage("education.teachBack.saved"));
        } catch (InvalidRequest invalid) {
            said(model, redirect, "errors", invalid.fields());
            said(model, redirect, "teachBackForm", form);
        } catch (StaleVersion stale) {
            said(model, redirect, "panelError", messages.getMessage("education.teachBack.stale"));
        } catch (RefusedTransition refused) {
            said(model, redirect, "panelError", refused.getMessage());
            said(model, redirect, "teachBackForm", form);
        }
        return answer(id, context, htmx, model);
    }

    @PostMapping("/patients/{id}/education/assignments/{assignmentId}/email")
    String email(@PathVariable UUID id, @PathVariable UUID assignmentId,
                 @RequestParam(defaultValue = "page") String context,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect) {
        ofPatient(id, assignmentId);
        try {
            EmailedCopy sent = copies.email(assignmentId, null);
            said(model, redirect, "panelSaved", messages.getMessage("education.copy.sent", new Object[] {sent.sentTo()}));
        } catch (InvalidRequest invalid) {
            said(model, redirect, "panelError", messages.getMessage("education.copy.noEmail"));
        } catch (MailNotConfigured notConfigured) {
            said(model, redirect, "panelError", messages.getMessage("education.copy.noMail"));
        }
        return answer(id, context, htmx, model);
    }

    /** The large-type copy for the browser session (the API serves the same PDF). */
    @GetMapping("/education/assignments/{assignmentId}/patient-copy.pdf")
    ResponseEntity<byte[]> patientCopy(@PathVariable UUID assignmentId) {
        return EducationController.pdf(copies.pdf(assignmentId), assignmentId);
    }

    private void ofPatient(UUID patientId, UUID assignmentId) {
        if (!education.find(assignmentId).patientId().equals(patientId)) {
            throw new NotFound("No education assignment " + assignmentId + " for patient " + patientId);
        }
    }

    private String answer(UUID id, String context, String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/patients/" + id + ("call".equals(context) ? "/call" : "/education");
        }
        panel.fill(model, id, context, null);
        return "education/panel :: panel";
    }

    /**
     * Puts what happened in the model for the panel, and in the flash for the page a plain post goes back to (where
     * the layout shows the message).
     */
    private static void said(Model model, RedirectAttributes redirect, String name, Object value) {
        model.addAttribute(name, value);
        redirect.addFlashAttribute(switch (name) {
            case "panelSaved" -> "flash";
            case "panelError" -> "flashError";
            default -> name;
        }, value);
    }

    private static Integer minutes(String minutes) {
        if (minutes == null || minutes.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(minutes.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequest("Invalid minutes", Map.of("minutes", "must be a whole number of minutes"));
        }
    }
}
