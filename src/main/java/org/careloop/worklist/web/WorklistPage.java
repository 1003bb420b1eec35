package org.careloop.worklist.web;

import org.careloop.audit.AuditChannel;
import org.careloop.identity.Callers;
import org.careloop.worklist.Worklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The care manager's home page: today's patients, ranked, with the reasons to call. */
@Controller
class WorklistPage {

    private final Worklist worklist;
    private final Callers callers;

    WorklistPage(Worklist worklist, Callers callers) {
        this.worklist = worklist;
        this.callers = callers;
    }

    @GetMapping("/worklist")
    String worklist(Model model) {
        model.addAttribute("entries", worklist.forCareManager(callers.current(), AuditChannel.UI));
        return "worklist/worklist";
    }
}
