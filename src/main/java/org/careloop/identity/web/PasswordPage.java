package org.careloop.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.PasswordPolicy;
import org.careloop.identity.internal.AccountChanges;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person chooses their own password: whenever they like, and before anything else after an administrator reset
 * it. The current password is asked again, so a session left open does not hand over the account.
 */
@Controller
@RequestMapping("/password")
class PasswordPage {

    private final AccountChanges accounts;
    private final Callers callers;
    private final MessageSource messages;

    PasswordPage(AccountChanges accounts, Callers callers, MessageSource messages) {
        this.accounts = accounts;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return page(model, Map.of());
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Caller caller = callers.current();
        Map<String, String> problems = new LinkedHashMap<>();
        if (!accounts.passwordMatches(caller.userId(), current)) {
            problems.put("current", "password.current.wrong");
        }
        PasswordPolicy.refusal(caller.username(), password)
                .ifPresent(refusal -> problems.put("password", refusal.messageKey()));
        if (!problems.containsKey("password") && password.equals(current)) {
            problems.put("password", "password.same");
        }
        if (!password.equals(confirmation)) {
            problems.put("confirmation", "password.confirmation.differs");
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, problems);
        }
        accounts.changePassword(caller.userId(), password);
        redirect.addFlashAttribute("flash", messages.getMessage("password.changed", null, LocaleContextHolder.getLocale()));
        return "redirect:/";
    }

    private String page(Model model, Map<String, String> problems) {
        Caller caller = callers.current();
        model.addAttribute("mustChange", accounts.mustChangePassword(caller.userId()));
        model.addAttribute("errors", problems);
        model.addAttribute("firstError", problems.keySet().stream().findFirst().orElse(""));
        model.addAttribute("minimumPassword", PasswordPolicy.MINIMUM_LENGTH);
        return "identity/password";
    }
}
