package org.careloop.call.web;

import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.CareActivity;
import org.careloop.timetracking.LoggedTime;
import org.careloop.timetracking.NotClinicalStaff;
import org.careloop.timetracking.Timers;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly call with a patient: the page, and its timer. The timer runs in the database (one per person), so a
 * reload or another tab shows the same clock; stopping it logs its whole minutes against the recorded contact.
 */
@Controller
class CallPage {

    private final CallSections sections;
    private final Timers timers;
    private final MessageSourceAccessor messages;

    CallPage(CallSections sections, Timers timers, MessageSource messages) {
        this.sections = sections;
        this.timers = timers;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/patients/{id}/call")
    String call(@PathVariable UUID id, Model model) {
        sections.page(model, id);
        return "call/call";
    }

    /**
     * "Start call" on the chart: the call page with the timer running for the patient's first program. Starting
     * again, or while the timer runs on another patient, starts nothing new; the timer panel says which is running.
     */
    @PostMapping("/patients/{id}/call")
    String startCall(@PathVariable UUID id, RedirectAttributes redirect) {
        if (timers.current().isEmpty()) {
            try {
                timers.start(id, sections.timerPrograms(id).get(0), CareActivity.PATIENT_COMMUNICATION, null);
            } catch (RefusedTransition | NotClinicalStaff refused) {
                redirect.addFlashAttribute("flashError", refused.getMessage());
            }
        }
        return "redirect:/patients/" + id + "/call";
    }

    @PostMapping("/patients/{id}/call/timer")
    String start(@PathVariable UUID id, @RequestParam(required = false) String program,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect) {
        try {
            CareProgram chosen = program == null || program.isBlank() ? null : CareProgram.valueOf(program);
            if (chosen == null) {
                throw new InvalidRequest(messages.getMessage("call.timer.programRequired"), java.util.Map.of());
            }
            timers.start(id, chosen, CareActivity.PATIENT_COMMUNICATION, null);
        } catch (InvalidRequest | RefusedTransition | NotClinicalStaff | IllegalArgumentException refused) {
            model.addAttribute("timerError", refused.getMessage());
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return timerPanel(id, htmx, model);
    }

    @PostMapping("/patients/{id}/call/timer/stop")
    String stop(@PathVariable UUID id, @RequestParam UUID timerId,
                @RequestParam(required = false) UUID interactionId,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        try {
            LoggedTime logged = timers.stop(timerId, null, interactionId);
            model.addAttribute("logged", logged);
            redirect.addFlashAttribute("flash", messages.getMessage("call.timer.logged", new Object[] {logged.minutes()}));
        } catch (InvalidRequest | RefusedTransition | NotClinicalStaff | NotFound refused) {
            model.addAttribute("timerError", refused.getMessage());
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return timerPanel(id, htmx, model);
    }

    @PostMapping("/patients/{id}/call/timer/discard")
    String discard(@PathVariable UUID id, @RequestParam UUID timerId,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        try {
            timers.discard(timerId);
            model.addAttribute("discarded", true);
        } catch (NotFound refused) {
            model.addAttribute("timerError", refused.getMessage());
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return timerPanel(id, htmx, model);
    }

    private String timerPanel(UUID id, String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/patients/" + id + "/call";
        }
        sections.timer(model, id);
        return "call/timer :: timerPanel";
    }
}
