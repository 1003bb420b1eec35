package org.careloop.identity.web;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.NotFound;
import org.careloop.StaleVersion;
import org.careloop.identity.PracticeProfile;
import org.careloop.identity.Practices;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practice's settings, for the administrator: address, phone, group NPI, tax id and time zone. */
@Controller
@RequestMapping("/admin/practices/{id}")
@PreAuthorize("hasRole('ADMIN')")
class PracticePage {

    private final Practices practices;
    private final MessageSource messages;

    PracticePage(Practices practices, MessageSource messages) {
        this.practices = practices;
        this.messages = messages;
    }

    @GetMapping
    String practice(@PathVariable UUID id, Model model) {
        PracticeProfile profile = profile(id);
        return page(model, profile, PracticeForm.of(profile), Map.of());
    }

    @PostMapping
    String save(@PathVariable UUID id, @ModelAttribute PracticeForm form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        PracticeProfile profile = profile(id);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, profile, form, problems);
        }
        try {
            practices.describe(form.profile(id, profile.name()));
        } catch (StaleVersion stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, profile, PracticeForm.of(profile), Map.of("form", "admin.practice.stale"));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("admin.practice.saved", new Object[] {profile.name()},
                LocaleContextHolder.getLocale()));
        return "redirect:/admin/practices/" + id;
    }

    private PracticeProfile profile(UUID id) {
        return practices.profile(id).orElseThrow(() -> new NotFound("No practice " + id));
    }

    private String page(Model model, PracticeProfile profile, PracticeForm form, Map<String, String> problems) {
        model.addAttribute("practice", profile);
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        model.addAttribute("firstError", problems.keySet().stream().findFirst().orElse(""));
        model.addAttribute("defaultZone", practices.organizationZone().getId());
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.startsWith("America/")
                || zone.startsWith("Pacific/") || zone.startsWith("US/")).sorted().toList());
        return "identity/practice";
    }
}
