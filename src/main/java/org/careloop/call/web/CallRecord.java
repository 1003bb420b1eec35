package org.careloop.call.web;

import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.GoalAchievement;
import org.careloop.careplan.GoalProgress;
import org.careloop.careplan.GoalStatus;
import org.careloop.outreach.Interaction;
import org.careloop.outreach.Outreach;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the call records: the contact (outcome, topics, notes) and how the patient is doing on each goal. */
@Controller
class CallRecord {

    private final CallSections sections;
    private final Outreach outreach;
    private final CarePlanning planning;
    private final MessageSourceAccessor messages;

    CallRecord(CallSections sections, Outreach outreach, CarePlanning planning, MessageSource messages) {
        this.sections = sections;
        this.outreach = outreach;
        this.planning = planning;
        this.messages = new MessageSourceAccessor(messages);
    }

    @PostMapping("/patients/{id}/call/interaction")
    String record(@PathVariable UUID id, @ModelAttribute("form") InteractionForm form, BindingResult binding,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("patientId", id);
        sections.interactionChoices(model);
        try {
            if (binding.hasFieldErrors("followUpOn")) {
                throw new InvalidRequest("Invalid followUpOn", java.util.Map.of("followUpOn",
                        messages.getMessage("call.error.followUpOnFormat")));
            }
            Interaction saved = outreach.record(id, form.toNewInteraction());
            model.addAttribute("saved", saved);
            model.addAttribute("errors", FieldErrors.none());
            redirect.addFlashAttribute("flash", messages.getMessage("call.interaction.saved"));
        } catch (InvalidRequest invalid) {
            FieldErrors.show(model, invalid);
            if (htmx == null) {
                sections.page(model, id);
                model.addAttribute("form", form);
                FieldErrors.show(model, invalid);
                return "call/call";
            }
        }
        return htmx == null ? "redirect:/patients/" + id + "/call" : "call/interaction :: interactionSection";
    }

    @PostMapping("/patients/{id}/call/goals/{goalId}")
    String goal(@PathVariable UUID id, @PathVariable String goalId, @RequestParam UUID planId,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) String status,
                @RequestParam(required = false) String achievement,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        try {
            planning.recordGoalProgress(planId, goalId, new GoalProgress(version, choice(GoalStatus.class, status),
                    choice(GoalAchievement.class, achievement), null));
            model.addAttribute("goalSaved", goalId);
            redirect.addFlashAttribute("flash", messages.getMessage("call.goals.saved"));
        } catch (StaleVersion stale) {
            model.addAttribute("goalError", messages.getMessage("call.goals.stale"));
            model.addAttribute("goalErrorId", goalId);
            redirect.addFlashAttribute("flashError", messages.getMessage("call.goals.stale"));
        } catch (InvalidRequest | RefusedTransition | NotFound refused) {
            model.addAttribute("goalError", refused.getMessage());
            model.addAttribute("goalErrorId", goalId);
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        if (htmx == null) {
            return "redirect:/patients/" + id + "/call";
        }
        sections.goals(model, id);
        return "call/goals :: goalsSection";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
