package org.careloop.careplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.careplan.CarePlanTemplates;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.CopyMethod;
import org.careloop.careplan.NewCarePlan;
import org.careloop.careplan.ResponsibleParty;
import org.careloop.careplan.SignOff;
import org.careloop.careplan.WishesForThePlan;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.patient.PatientRegistry;
import org.careloop.program.CareProgram;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care plan editor: start a plan from templates, then edit its problems, goals, interventions and barriers.
 * Each save is based on the version the care manager opened; if someone saved in between, nothing changes and the
 * page says so.
 */
@Controller
class CarePlanPage {

    private final CarePlanning planning;
    private final CarePlans plans;
    private final CarePlanTemplates templates;
    private final PatientRegistry patients;
    private final CarePlanHistory history;
    private final MessageSourceAccessor messages;
    private final Callers callers;
    private final ObjectProvider<WishesForThePlan> wishes;
    private final Clock clock;

    CarePlanPage(CarePlanning planning, CarePlans plans, CarePlanTemplates templates, PatientRegistry patients,
                 CarePlanHistory history, MessageSource messages, Callers callers,
                 ObjectProvider<WishesForThePlan> wishes, Clock clock) {
        this.callers = callers;
        this.wishes = wishes;
        this.clock = clock;
        this.planning = planning;
        this.plans = plans;
        this.templates = templates;
        this.patients = patients;
        this.history = history;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/patients/{id}/care-plans/new")
    String startForm(@PathVariable UUID id, Model model) {
        return newPage(id, model, "CCM", List.of(), Map.of());
    }

    @PostMapping("/patients/{id}/care-plans/new")
    String start(@PathVariable UUID id, @RequestParam(required = false) String program,
                 @RequestParam(required = false) List<String> templates, Model model, RedirectAttributes redirect) {
        List<String> chosen = templates == null ? List.of() : templates;
        CareProgram careProgram = program == null ? null
                : java.util.Arrays.stream(CareProgram.values()).filter(p -> p.name().equals(program)).findFirst()
                .orElse(null);
        try {
            CarePlanView plan = planning.start(id, new NewCarePlan(careProgram, chosen, null));
            redirect.addFlashAttribute("flash", messages.getMessage("careplan.started"));
            return "redirect:/care-plans/" + plan.id();
        } catch (InvalidRequest invalid) {
            return newPage(id, model, program, chosen, invalid.fields());
        } catch (RefusedTransition refused) {
            model.addAttribute("flashError", refused.getMessage());
            return newPage(id, model, program, chosen, Map.of());
        }
    }

    @GetMapping("/care-plans/{id}")
    String editor(@PathVariable UUID id, @RequestParam(required = false) Integer from,
                  @RequestParam(required = false) Integer to, Model model) {
        CarePlanView plan = plans.find(id);
        return editorPage(plan, CarePlanForm.of(plan), Map.of(), from, to, model);
    }

    @PostMapping("/care-plans/{id}")
    String revise(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        CarePlanForm form = CarePlanForm.from(params);
        CarePlanForm.Converted converted = null;
        try {
            converted = form.toRevision();
            planning.revise(id, converted.revision());
            redirect.addFlashAttribute("flash", messages.getMessage("careplan.saved"));
            return "redirect:/care-plans/" + id;
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("careplan.stale",
                    new Object[] {form.basedOnVersion(), stale.currentVersion()}));
            return "redirect:/care-plans/" + id;
        } catch (InvalidRequest invalid) {
            Map<String, String> errors = converted == null ? invalid.fields() : converted.onRows(invalid.fields());
            model.addAttribute("flashError", messages.getMessage("careplan.notSaved"));
            return editorPage(plans.find(id), form, errors, null, null, model);
        } catch (RefusedTransition refused) {
            model.addAttribute("flashError", refused.getMessage());
            return editorPage(plans.find(id), form, Map.of(), null, null, model);
        }
    }

    String editorPage(CarePlanView plan, CarePlanForm form, Map<String, String> errors, Integer from, Integer to,
                      Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("patient", patients.find(plan.patientId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parties", ResponsibleParty.values());
        model.addAttribute("copyMethods", CopyMethod.values());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today.toString());
        Caller caller = callers.current();
        model.addAttribute("canSign", plan.status().living() && plan.signOff() == SignOff.AWAITING_SIGN_OFF
                && caller.hasRole(Role.PROVIDER) && caller.worksIn(plan.practiceId()));
        if (!model.containsAttribute("reviewForm")) {
            Period interval = plan.content().review() != null && plan.content().review().interval() != null
                    ? plan.content().review().interval() : Period.ofMonths(3);
            model.addAttribute("reviewForm", new CarePlanActions.ReviewForm(today.toString(), null,
                    today.plus(interval).toString(), ""));
            model.addAttribute("reviewErrors", Map.of());
        }
        history.addTo(model, plan, from, to);
        model.addAttribute("wishes", wishes.stream().flatMap(source -> source.of(plan.patientId()).stream())
                .findFirst().orElse(null));
        return "careplan/editor";
    }

    private String newPage(UUID patientId, Model model, String program, List<String> chosen, Map<String, String> errors) {
        model.addAttribute("patient", patients.find(patientId));
        model.addAttribute("programs", CareProgram.values());
        model.addAttribute("templates", templates.choices());
        model.addAttribute("program", program);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", plans.forPatient(patientId));
        return "careplan/new";
    }
}
