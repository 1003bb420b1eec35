package org.careloop.community.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.StaleVersion;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.DirectoryLocation;
import org.careloop.community.DirectoryOrganization;
import org.careloop.community.LocationChange;
import org.careloop.community.OrganizationChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator corrects an organization (name, what it does, e-mail, web site, phones) or a location (name,
 * street address, phones) of the practice's community directory; a refused form comes back with each problem beside
 * its field, a stale one says so. Another practice's entry is not found.
 */
@Controller
@RequestMapping("/admin/community")
@PreAuthorize("hasRole('ADMIN')")
class DirectoryEntryAdminPage {

    /** An organization's or a location's correction as typed: phones one per line. */
    record EntryForm(Integer version, String name, String description, String email, String website, String address,
                     String city, String state, String postalCode, String phones) {

        static EntryForm of(DirectoryOrganization o) {
            return new EntryForm(o.version(), o.name(), o.description(), o.email(), o.website(), null, null, null,
                    null, String.join("\n", o.phones()));
        }

        static EntryForm of(DirectoryLocation l) {
            return new EntryForm(l.version(), l.name(), null, null, null, l.address(), l.city(), l.state(),
                    l.postalCode(), String.join("\n", l.phones()));
        }

        List<String> phoneList() {
            return phones == null ? List.of() : Arrays.stream(phones.split("\\n+")).map(String::trim)
                    .filter(p -> !p.isEmpty()).toList();
        }
    }

    private final CommunityDirectory directory;
    private final MessageSource messages;

    DirectoryEntryAdminPage(CommunityDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/organizations/{organizationId}")
    String organization(@PathVariable UUID organizationId, Model model) {
        DirectoryOrganization organization = directory.organization(organizationId);
        return form(model, "organization", organization.id(), organization.name(), organization.practiceId(),
                EntryForm.of(organization), Map.of());
    }

    @PostMapping("/organizations/{organizationId}")
    String reviseOrganization(@PathVariable UUID organizationId, EntryForm form, Model model,
                              RedirectAttributes redirect, HttpServletResponse response) {
        DirectoryOrganization organization = directory.organization(organizationId);
        return saved(model, redirect, response, "organization", organization.id(), organization.name(),
                organization.practiceId(), form, () -> directory.revise(organizationId, new OrganizationChange(
                        form.version(), form.name(), form.description(), form.email(), form.website(),
                        form.phoneList())).name());
    }

    @GetMapping("/locations/{locationId}")
    String location(@PathVariable UUID locationId, Model model) {
        DirectoryLocation location = directory.location(locationId);
        return form(model, "location", location.id(), location.name(), location.practiceId(), EntryForm.of(location),
                Map.of());
    }

    @PostMapping("/locations/{locationId}")
    String reviseLocation(@PathVariable UUID locationId, EntryForm form, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        DirectoryLocation location = directory.location(locationId);
        return saved(model, redirect, response, "location", location.id(), location.name(), location.practiceId(),
                form, () -> directory.revise(locationId, new LocationChange(form.version(), form.name(),
                        form.address(), form.city(), form.state(), form.postalCode(), form.phoneList())).name());
    }

    private String saved(Model model, RedirectAttributes redirect, HttpServletResponse response, String kind, UUID id,
                         String name, UUID practiceId, EntryForm form, Supplier<String> save) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            String savedName = save.get();
            redirect.addFlashAttribute("flash", messages.getMessage("community.admin.saved", new Object[] {savedName},
                    LocaleContextHolder.getLocale()));
            return "redirect:/admin/community?practice=" + practiceId;
        } catch (InvalidRequest invalid) {
            problems.putAll(invalid.fields());
        } catch (StaleVersion stale) {
            problems.put("version", stale.getMessage());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, kind, id, name, practiceId, form, problems);
    }

    private static String form(Model model, String kind, UUID id, String name, UUID practiceId, EntryForm form,
                               Map<String, String> problems) {
        model.addAttribute("kind", kind);
        model.addAttribute("entryId", id);
        model.addAttribute("entryName", name);
        model.addAttribute("practiceId", practiceId);
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        return "community/entry-form";
    }
}
