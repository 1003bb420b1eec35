package org.careloop.handoff.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.handoff.HandOff;
import org.careloop.handoff.HandOffs;
import org.careloop.handoff.HandOver;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.task.TaskPriority;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hand-off on a page of its own: what the care manager asked and the call's notes, with "Take it" for whoever
 * picks it up from the pool and "Mark done" once it is handled. The form on the chart's interactions tab and on the
 * call page hands a call over. Every action answers with a redirect and a flash message.
 */
@Controller
class HandOffPage {

    private final HandOffs handOffs;
    private final PatientRegistry patients;
    private final Callers callers;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    HandOffPage(HandOffs handOffs, PatientRegistry patients, Callers callers, MessageSource messages, Clock clock) {
        this.handOffs = handOffs;
        this.patients = patients;
        this.callers = callers;
        this.messages = new MessageSourceAccessor(messages);
        this.clock = clock;
    }

    @GetMapping("/handoffs/{taskId}")
    String show(@PathVariable UUID taskId, Model model) {
        HandOff handOff = handOffs.find(taskId);
        PatientRecord patient = patients.find(handOff.task().patientId());
        UUID caller = callers.current().userId();
        model.addAttribute("handOff", handOff);
        model.addAttribute("patient", patient);
        model.addAttribute("mine", caller.equals(handOff.task().ownerId()));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("today", LocalDate.now(clock));
        return "handoff/handoff";
    }

    @PostMapping("/handoffs/{taskId}/take")
    String take(@PathVariable UUID taskId, @RequestParam int version, RedirectAttributes redirect) {
        return act(taskId, redirect, "handoff.taken", () -> handOffs.take(taskId, version));
    }

    @PostMapping("/handoffs/{taskId}/done")
    String done(@PathVariable UUID taskId, @RequestParam int version, @RequestParam(required = false) String note,
                RedirectAttributes redirect) {
        return act(taskId, redirect, "handoff.completed", () -> handOffs.complete(taskId, version, note));
    }

    /**
     * Hands a contact over from the chart or the call page. {@code to} is NURSE, PROVIDER or a colleague's id;
     * {@code back} says which page to return to.
     */
    @PostMapping("/patients/{id}/interactions/{interactionId}/handoff")
    String handOver(@PathVariable UUID id, @PathVariable UUID interactionId, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String dueOn,
                    @RequestParam(required = false) String urgent, @RequestParam(required = false) String back,
                    RedirectAttributes redirect) {
        String page = "call".equals(back) ? "/patients/" + id + "/call" : "/patients/" + id + "?tab=time";
        try {
            UUID colleague = colleague(to);
            HandOff handOff = handOffs.handOver(id, interactionId, new HandOver(colleague == null ? to : null,
                    colleague, note, day(dueOn), urgent == null ? TaskPriority.ROUTINE : TaskPriority.URGENT));
            redirect.addFlashAttribute("flash", messages.getMessage("handoff.handedOver",
                    new Object[] {handOff.ownerName() != null ? handOff.ownerName()
                            : messages.getMessage("handoff.pool." + handOff.task().rolePool())}));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", messages.getMessage("handoff.invalid",
                    new Object[] {String.join("; ", invalid.fields().entrySet().stream()
                            .map(problem -> messages.getMessage("handoff.field." + problem.getKey(), problem.getKey())
                                    + " " + problem.getValue()).toList())}));
        } catch (RefusedTransition refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:" + page;
    }

    private String act(UUID taskId, RedirectAttributes redirect, String success, java.util.function.Supplier<HandOff> move) {
        try {
            move.get();
            redirect.addFlashAttribute("flash", messages.getMessage(success));
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("handoff.stale"));
        } catch (RefusedTransition | InvalidRequest refused) {
            redirect.addFlashAttribute("flashError", refused instanceof InvalidRequest invalid
                    ? String.join("; ", invalid.fields().values()) : refused.getMessage());
        }
        return "redirect:/handoffs/" + taskId;
    }

    private static UUID colleague(String to) {
        if (to == null || to.isBlank() || to.equals("NURSE") || to.equals("PROVIDER")) {
            return null;
        }
        try {
            return UUID.fromString(to);
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidRequest("Invalid to", Map.of("rolePool", "must be NURSE, PROVIDER or a colleague"));
        }
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequest("Invalid dueOn", Map.of("dueOn", "must be a date such as 2026-11-30"));
        }
    }
}
