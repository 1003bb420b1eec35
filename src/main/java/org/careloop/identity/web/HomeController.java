package org.careloop.identity.web;

import java.util.UUID;

import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a signed-in person lands: the page their role works from. */
@Controller
class HomeController {

    private final Callers callers;
    private final PracticeSelection selection;

    HomeController(Callers callers, PracticeSelection selection) {
        this.callers = callers;
        this.selection = selection;
    }

    @GetMapping("/")
    String home(Model model) {
        Caller caller = callers.current();
        if (caller.hasRole(Role.CARE_MANAGER) || caller.hasRole(Role.NURSE)) {
            return "redirect:/worklist";
        }
        if (caller.hasRole(Role.PROVIDER)) {
            return "redirect:/inbox";
        }
        if (caller.hasRole(Role.BILLER)) {
            return "redirect:/billing";
        }
        if (caller.hasRole(Role.ADMIN)) {
            return "redirect:/admin";
        }
        model.addAttribute("caller", caller);
        return "identity/home";
    }

    @PostMapping("/practice")
    String switchPractice(@RequestParam UUID practiceId, @RequestHeader(value = "Referer", required = false) String back) {
        selection.choose(practiceId);
        return "redirect:" + (back == null || !back.contains("/") ? "/" : back.replaceFirst("^https?://[^/]+", ""));
    }
}
