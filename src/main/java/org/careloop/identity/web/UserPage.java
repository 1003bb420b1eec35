package org.careloop.identity.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.identity.Callers;
import org.careloop.identity.PasswordPolicy;
import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.internal.AccountChanges;
import org.careloop.identity.internal.AccountChanges.Account;
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

/**
 * One person's account, for the administrator: name, credential, NPI, roles and practices; deactivating (which
 * signs them out everywhere and revokes their tokens at once) and reactivating; and a password reset that the
 * person must replace at their next sign-in.
 */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class UserPage {

    private final AccountChanges accounts;
    private final Practices practices;
    private final Callers callers;
    private final MessageSource messages;

    UserPage(AccountChanges accounts, Practices practices, Callers callers, MessageSource messages) {
        this.accounts = accounts;
        this.practices = practices;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping
    String user(@PathVariable UUID id, Model model) {
        Account account = account(id);
        return page(model, account, EditUserForm.of(account), Map.of(), Map.of());
    }

    @PostMapping
    String edit(@PathVariable UUID id, @ModelAttribute EditUserForm form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Account account = account(id);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, account, form, problems, Map.of());
        }
        try {
            accounts.edit(id, form.version(), form.displayName().trim(), NewUserForm.clean(form.credential()),
                    NewUserForm.clean(form.npi()), form.roles(), form.practices());
        } catch (StaleVersion stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, account, EditUserForm.of(account), Map.of("form", "admin.user.stale"), Map.of());
        }
        return done(redirect, id, "admin.user.saved", form.displayName().trim());
    }

    @PostMapping("/deactivate")
    String deactivate(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Account account = account(id);
        try {
            accounts.deactivate(id, callers.current().userId());
        } catch (RefusedTransition refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, account, EditUserForm.of(account), Map.of("form", "admin.user.deactivate.self"), Map.of());
        }
        return done(redirect, id, "admin.user.deactivated", account.displayName());
    }

    @PostMapping("/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        Account account = account(id);
        accounts.reactivate(id);
        return done(redirect, id, "admin.user.reactivated", account.displayName());
    }

    @PostMapping("/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        Account account = account(id);
        var refusal = PasswordPolicy.refusal(account.username(), password);
        if (refusal.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, account, EditUserForm.of(account), Map.of(),
                    Map.of("password", refusal.get().messageKey()));
        }
        accounts.resetPassword(id, password);
        return done(redirect, id, "admin.user.passwordReset", account.displayName());
    }

    private Account account(UUID id) {
        return accounts.find(id).orElseThrow(() -> new NotFound("No staff member " + id));
    }

    private String done(RedirectAttributes redirect, UUID id, String key, String name) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, new Object[] {name}, LocaleContextHolder.getLocale()));
        return "redirect:/admin/users/" + id;
    }

    private String page(Model model, Account account, EditUserForm form, Map<String, String> problems,
                        Map<String, String> passwordProblems) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        model.addAttribute("firstError", problems.keySet().stream().findFirst().orElse(""));
        model.addAttribute("passwordErrors", passwordProblems);
        model.addAttribute("allPractices", practices.all());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("minimumPassword", PasswordPolicy.MINIMUM_LENGTH);
        model.addAttribute("self", account.id().equals(callers.current().userId()));
        return "identity/user";
    }
}
