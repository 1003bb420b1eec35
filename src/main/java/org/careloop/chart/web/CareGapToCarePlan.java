package org.careloop.chart.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.caregap.CareGap;
import org.careloop.caregap.CareGaps;
import org.careloop.careplan.CarePlanRevision;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.PlanIntervention;
import org.careloop.careplan.ResponsibleParty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chart's "Add to care plan" button on an open care gap: one click adds an intervention for the care manager,
 * due in 30 days, to the patient's living care plan (a revision like any other, based on the version just read).
 */
@Controller
class CareGapToCarePlan {

    static final int DUE_IN_DAYS = 30;

    private final CareGaps careGaps;
    private final CarePlans plans;
    private final CarePlanning planning;
    private final Clock clock;

    CareGapToCarePlan(CareGaps careGaps, CarePlans plans, CarePlanning planning, Clock clock) {
        this.careGaps = careGaps;
        this.plans = plans;
        this.planning = planning;
        this.clock = clock;
    }

    @PostMapping("/patients/{id}/care-gaps/{measure}/intervention")
    String add(@PathVariable UUID id, @PathVariable String measure, RedirectAttributes redirect) {
        Optional<CareGap> gap = careGaps.forPatient(id).stream().filter(g -> g.open() && g.measure().equals(measure))
                .findFirst();
        Optional<CarePlanSummary> living = plans.forPatient(id).stream().filter(p -> p.status().living()).findFirst();
        if (gap.isEmpty()) {
            redirect.addFlashAttribute("flashError", "The care gap " + measure + " is not open.");
        } else if (living.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Start a care plan first: the patient has no living care plan.");
        } else {
            try {
                CarePlanView plan = plans.find(living.get().id());
                List<PlanIntervention> interventions = new ArrayList<>(plan.content().interventions());
                interventions.add(new PlanIntervention(null, null, "Close care gap: " + gap.get().title() + " — "
                        + gap.get().explanation(), ResponsibleParty.CARE_MANAGER, null,
                        LocalDate.now(clock).plusDays(DUE_IN_DAYS)));
                planning.revise(plan.id(), new CarePlanRevision(plan.version(), "Added from the open care gap "
                        + measure, null, null, interventions, null, null, null, null));
                redirect.addFlashAttribute("flash", "Added to the care plan: " + gap.get().title() + ".");
            } catch (InvalidRequest | RefusedTransition | StaleVersion refused) {
                redirect.addFlashAttribute("flashError", refused.getMessage());
            }
        }
        return "redirect:/patients/" + id + "?tab=summary";
    }
}
