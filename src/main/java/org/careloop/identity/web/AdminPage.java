package org.careloop.identity.web;

import java.util.Map;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.identity.internal.SignInThrottle;

import org.careloop.identity.MainNavigation;
import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The administrator's home: the people who use CareLoop with their roles and practices, and the practices. */
@MainNavigation(path = "/admin", label = "nav.admin", roles = Role.ADMIN, order = 40)
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminPage {

    private final Staff staff;
    private final Practices practices;
    private final SignInThrottle throttle;
    private final MessageSource messages;

    AdminPage(Staff staff, Practices practices, SignInThrottle throttle, MessageSource messages) {
        this.staff = staff;
        this.practices = practices;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping
    String admin(Model model) {
        return page(model, NewUserForm.empty(), Map.of(), "", Map.of());
    }

    @PostMapping("/users")
    String addUser(@ModelAttribute NewUserForm form, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        Map<String, String> problems = form.problems(form.username() != null
                && staff.findByUsername(form.username().trim()).isPresent());
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, form, problems, "", Map.of());
        }
        staff.hire(form.username().trim(), form.displayName().trim(), form.password(), form.cleanNpi(),
                form.cleanCredential(), form.roles(), form.practices());
        redirect.addFlashAttribute("flash", text("admin.user.added", form.displayName().trim(), form.username().trim()));
        return "redirect:/admin";
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        Staff.Person person = staff.find(id).orElseThrow(() -> new NotFound("No staff member " + id));
        throttle.unlock(person.username());
        redirect.addFlashAttribute("flash", text("admin.user.unlocked", person.displayName()));
        return "redirect:/admin";
    }

    @PostMapping("/practices")
    String addPractice(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        String clean = name.trim();
        String problem = clean.isEmpty() ? "admin.practice.name.required"
                : practices.findByName(clean).isPresent() ? "admin.practice.name.taken" : null;
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, NewUserForm.empty(), Map.of(), name, Map.of("name", problem));
        }
        practices.open(clean);
        redirect.addFlashAttribute("flash", text("admin.practice.added", clean));
        return "redirect:/admin";
    }

    private String page(Model model, NewUserForm form, Map<String, String> userProblems, String practiceName,
                        Map<String, String> practiceProblems) {
        model.addAttribute("people", staff.everyone());
        model.addAttribute("waiting", throttle.waiting());
        model.addAttribute("allPractices", practices.all());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", userProblems);
        model.addAttribute("firstError", userProblems.keySet().stream().findFirst().orElse(""));
        model.addAttribute("practiceName", practiceName);
        model.addAttribute("practiceErrors", practiceProblems);
        model.addAttribute("practiceNameInvalid", !practiceProblems.isEmpty());
        model.addAttribute("minimumPassword", NewUserForm.MINIMUM_PASSWORD);
        return "identity/admin";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
