package org.careloop.medication.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.medication.AdherenceBarrier;
import org.careloop.medication.CurrentMedications;
import org.careloop.medication.MedicationList;
import org.careloop.medication.MedicationLists;
import org.careloop.medication.MedicationReconciliation;
import org.careloop.medication.PatientAnswer;
import org.careloop.patient.PatientRegistry;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.Timers;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The medication pages: the current list with its warnings and the signed lists, and the reconciliation form
 * (reached from the chart or from the call page, where it leads back). A refused form comes back as typed with each
 * problem beside its field; a list signed by someone else meanwhile sends the form back fresh, saying so.
 */
@Controller
class MedicationPage {

    private final MedicationLists lists;
    private final MedicationReconciliation reconciliation;
    private final PatientRegistry registry;
    private final Timers timers;
    private final MessageSource messages;

    MedicationPage(MedicationLists lists, MedicationReconciliation reconciliation, PatientRegistry registry,
                   Timers timers, MessageSource messages) {
        this.lists = lists;
        this.reconciliation = reconciliation;
        this.registry = registry;
        this.timers = timers;
        this.messages = messages;
    }

    @GetMapping("/patients/{id}/medications")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("patient", registry.find(id));
        model.addAttribute("current", lists.current(id));
        model.addAttribute("history", lists.history(id));
        return "medication/medications";
    }

    @GetMapping("/patients/{id}/medications/reconcile")
    String form(@PathVariable UUID id, @RequestParam(defaultValue = "chart") String from, Model model) {
        model.addAttribute("patient", registry.find(id));
        CurrentMedications current = lists.current(id);
        ReconcileForm form = model.containsAttribute("submitted")
                ? new ReconcileForm(submitted(model)) : ReconcileForm.blank();
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("from", model.containsAttribute("submitted") ? form.from() : "call".equals(from) ? "call" : "chart");
        model.addAttribute("rows", form.answerRows(current));
        model.addAttribute("newRows", form.newRowsWithBlank());
        model.addAttribute("answers", PatientAnswer.values());
        model.addAttribute("barriers", AdherenceBarrier.values());
        model.addAttribute("programs", CareProgram.loggedInMinutes());
        model.addAttribute("ingredients", lists.knownIngredients());
        model.addAttribute("timerRunning", timers.current().filter(timer -> timer.patientId().equals(id)).isPresent());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "medication/reconcile";
    }

    @PostMapping("/patients/{id}/medications/reconcile")
    String reconcile(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, RedirectAttributes flash,
                     Locale locale) {
        ReconcileForm form = new ReconcileForm(values);
        String back = "redirect:/patients/" + id + "/medications/reconcile";
        Map<String, String> problems = new LinkedHashMap<>(form.unreadable());
        if (problems.isEmpty()) {
            try {
                MedicationList signed = reconciliation.reconcile(id, form.reconciliation());
                flash.addFlashAttribute("flash", signed.minutes() == null
                        ? messages.getMessage("medication.flash.signed",
                                new Object[] {signed.number(), signed.medications().size()}, locale)
                        : messages.getMessage("medication.flash.signedWithTime",
                                new Object[] {signed.number(), signed.medications().size(), signed.minutes()}, locale));
                return "call".equals(form.from()) ? "redirect:/patients/" + id + "/call"
                        : "redirect:/patients/" + id + "/medications";
            } catch (InvalidRequest invalid) {
                invalid.fields().forEach((field, message) -> problems.put(form.formField(field), message));
            } catch (StaleVersion stale) {
                flash.addFlashAttribute("formError", messages.getMessage("medication.flash.stale",
                        new Object[] {stale.getMessage()}, locale));
                return back + ("call".equals(form.from()) ? "?from=call" : "");
            } catch (RefusedTransition | AccessDeniedException refused) {
                flash.addFlashAttribute("formError", refused.getMessage());
            }
        }
        flash.addFlashAttribute("errors", problems);
        flash.addFlashAttribute("submitted", new LinkedMultiValueMap<>(values));
        return back;
    }

    @SuppressWarnings("unchecked")
    private static MultiValueMap<String, String> submitted(Model model) {
        return (MultiValueMap<String, String>) model.getAttribute("submitted");
    }
}
