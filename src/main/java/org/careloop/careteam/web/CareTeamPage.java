package org.careloop.careteam.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.careteam.CareTeamMemberEntry;
import org.careloop.careteam.CareTeamOverviews;
import org.careloop.careteam.CareTeams;
import org.careloop.careteam.PatientContacts;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care team tab's changes: add a member from the directory or the practice's staff, end a membership, add,
 * revise and remove contacts. With htmx the tab's panel comes back (with the fields to fix, when refused); without,
 * the chart's tab is shown again with a message.
 */
@Controller
class CareTeamPage {

    static final String PANEL = "careteam/panel :: careTeamPanel";

    private final CareTeams careTeams;
    private final PatientContacts contacts;
    private final CareTeamOverviews overviews;
    private final MessageSourceAccessor messages;

    CareTeamPage(CareTeams careTeams, PatientContacts contacts, CareTeamOverviews overviews, MessageSource messages) {
        this.careTeams = careTeams;
        this.contacts = contacts;
        this.overviews = overviews;
        this.messages = new MessageSourceAccessor(messages);
    }

    @PostMapping("/patients/{id}/care-team/members")
    String addMember(@PathVariable UUID id, @RequestParam(required = false) String role,
                     @RequestParam(required = false) UUID staffId, @RequestParam(required = false) UUID practitionerId,
                     @RequestParam(required = false) UUID organizationId,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                     RedirectAttributes redirect) {
        return answer(id, htmx, model, redirect, "member", null, () -> messages.getMessage("careteam.member.added",
                new Object[] {careTeams.add(id, new CareTeamMemberEntry(role, staffId, practitionerId, organizationId,
                        null, null, null, null, null, null, null, null)).name()}));
    }

    @PostMapping("/patients/{id}/care-team/members/{memberId}/end")
    String endMember(@PathVariable UUID id, @PathVariable UUID memberId,
                     @RequestParam(required = false) Integer version,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                     RedirectAttributes redirect) {
        return answer(id, htmx, model, redirect, "member-" + memberId, null, () -> messages.getMessage(
                "careteam.member.ended", new Object[] {careTeams.end(id, memberId, null, version).name()}));
    }

    @PostMapping("/patients/{id}/care-team/contacts")
    String addContact(@PathVariable UUID id, @ModelAttribute ContactForm form,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                      RedirectAttributes redirect) {
        return answer(id, htmx, model, redirect, "contact-new", form, () -> messages.getMessage(
                "careteam.contact.added", new Object[] {contacts.add(id, form.toEntry()).name()}));
    }

    @PostMapping("/patients/{id}/care-team/contacts/{contactId}")
    String reviseContact(@PathVariable UUID id, @PathVariable UUID contactId, @ModelAttribute ContactForm form,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                         RedirectAttributes redirect) {
        return answer(id, htmx, model, redirect, "contact-" + contactId, form, () -> messages.getMessage(
                "careteam.contact.saved", new Object[] {contacts.revise(id, contactId, form.toEntry()).name()}));
    }

    @PostMapping("/patients/{id}/care-team/contacts/{contactId}/remove")
    String removeContact(@PathVariable UUID id, @PathVariable UUID contactId,
                         @RequestParam(required = false) Integer version,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                         RedirectAttributes redirect) {
        return answer(id, htmx, model, redirect, "contact-" + contactId, null, () -> {
            contacts.remove(id, contactId, version);
            return messages.getMessage("careteam.contact.removed");
        });
    }

    /** Does the change and answers the panel (htmx) or the chart's tab, with what happened or what to fix. */
    private String answer(UUID id, String htmx, Model model, RedirectAttributes redirect, String form,
                          ContactForm draft, java.util.function.Supplier<String> change) {
        try {
            String done = change.get();
            model.addAttribute("careTeamSaved", done);
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidRequest invalid) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.fields().forEach((field, message) -> problems.put(formField(field), message));
            model.addAttribute("careTeamErrors", problems);
            model.addAttribute("careTeamFailed", form);
            model.addAttribute("careTeamDraft", draft);
            redirect.addFlashAttribute("flashError", invalid.getMessage() + ": " + String.join("; ",
                    problems.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        } catch (StaleVersion | RefusedTransition refused) {
            model.addAttribute("careTeamRefused", refused.getMessage());
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        if (htmx == null) {
            return "redirect:/patients/" + id + "?tab=care-team";
        }
        model.addAttribute("patientId", id);
        model.addAttribute("careTeam", overviews.of(id));
        return PANEL;
    }

    /** The form's name for a field the rules name: the phones are two fields on the form. */
    private static String formField(String field) {
        return switch (field) {
            case "phones[0]" -> "phone";
            case "phones[1]", "phones" -> "alternatePhone";
            default -> field;
        };
    }
}
