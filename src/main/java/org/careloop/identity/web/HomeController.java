package org.careloop.identity.web;

import org.careloop.identity.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a signed-in person lands. */
@Controller
class HomeController {

    private final Callers callers;

    HomeController(Callers callers) {
        this.callers = callers;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("caller", callers.current());
        return "identity/home";
    }
}
