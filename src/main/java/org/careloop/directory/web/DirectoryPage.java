package org.careloop.directory.web;

import java.util.UUID;
import java.util.function.Supplier;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.directory.OrganizationDirectory;
import org.careloop.directory.OrganizationEntry;
import org.careloop.directory.OrganizationKind;
import org.careloop.directory.PractitionerDirectory;
import org.careloop.directory.PractitionerEntry;
import org.careloop.identity.Callers;
import org.careloop.identity.MainNavigation;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory page: outside clinicians and organizations looked up by name or specialty; a care manager or an
 * administrator adds the practice's own, an administrator corrects and deactivates them. New entries go to the
 * practice the person is working in.
 */
@Controller
@RequestMapping("/directory")
@MainNavigation(path = "/directory", label = "nav.directory", roles = {Role.CARE_MANAGER, Role.ADMIN}, order = 35)
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'ADMIN')")
class DirectoryPage {

    private final PractitionerDirectory practitioners;
    private final OrganizationDirectory organizations;
    private final PracticeSelection selection;
    private final Callers callers;
    private final MessageSourceAccessor messages;

    DirectoryPage(PractitionerDirectory practitioners, OrganizationDirectory organizations,
                  PracticeSelection selection, Callers callers, MessageSource messages) {
        this.practitioners = practitioners;
        this.organizations = organizations;
        this.selection = selection;
        this.callers = callers;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping
    String page(@RequestParam(required = false) String q, Model model) {
        boolean admin = callers.current().hasRole(Role.ADMIN);
        model.addAttribute("q", q == null ? "" : q.trim());
        model.addAttribute("admin", admin);
        model.addAttribute("practitioners", practitioners.search(q, admin));
        model.addAttribute("organizations", organizations.search(q, null, admin));
        model.addAttribute("allOrganizations", organizations.search(null, null, false).stream()
                .filter(o -> !o.imported()).toList());
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("practice", selection.current());
        return "directory/directory";
    }

    @PostMapping("/practitioners")
    String addPractitioner(@ModelAttribute PractitionerEntry entry, RedirectAttributes redirect) {
        PractitionerEntry mine = new PractitionerEntry(selection.current().id(), entry.prefix(), entry.givenNames(),
                entry.familyName(), entry.specialty(), entry.npi(), entry.phone(), entry.fax(), entry.email(),
                entry.organizationId(), null);
        return done(redirect, () -> text("directory.added", practitioners.add(mine).displayName()));
    }

    @PostMapping("/practitioners/{practitionerId}")
    String revisePractitioner(@PathVariable UUID practitionerId, @ModelAttribute PractitionerEntry entry,
                              RedirectAttributes redirect) {
        return done(redirect, () -> text("directory.saved", practitioners.revise(practitionerId, entry).displayName()));
    }

    @PostMapping("/practitioners/{practitionerId}/active")
    String activatePractitioner(@PathVariable UUID practitionerId, @RequestParam boolean active,
                                @RequestParam int version, RedirectAttributes redirect) {
        return done(redirect, () -> text(active ? "directory.reactivated" : "directory.deactivated",
                practitioners.activate(practitionerId, active, version).displayName()));
    }

    @PostMapping("/organizations")
    String addOrganization(@ModelAttribute OrganizationEntry entry, RedirectAttributes redirect) {
        OrganizationEntry mine = new OrganizationEntry(selection.current().id(), entry.name(), entry.kind(),
                entry.phone(), entry.fax(), entry.email(), entry.addressLine(), entry.city(), entry.state(),
                entry.postalCode(), null);
        return done(redirect, () -> text("directory.added", organizations.add(mine).name()));
    }

    @PostMapping("/organizations/{organizationId}")
    String reviseOrganization(@PathVariable UUID organizationId, @ModelAttribute OrganizationEntry entry,
                              RedirectAttributes redirect) {
        return done(redirect, () -> text("directory.saved", organizations.revise(organizationId, entry).name()));
    }

    @PostMapping("/organizations/{organizationId}/active")
    String activateOrganization(@PathVariable UUID organizationId, @RequestParam boolean active,
                                @RequestParam int version, RedirectAttributes redirect) {
        return done(redirect, () -> text(active ? "directory.reactivated" : "directory.deactivated",
                organizations.activate(organizationId, active, version).name()));
    }

    /** Makes the change and comes back to the page with what happened, or with what to fix (POST-redirect-GET). */
    private String done(RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("flash", change.get());
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", text("directory.fix", String.join("; ", invalid.fields()
                    .entrySet().stream().map(e -> text("directory.field." + e.getKey()) + " " + e.getValue())
                    .toList())));
        } catch (StaleVersion | RefusedTransition | AccessDeniedException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/directory";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key);
    }
}
