package org.careloop.careplan;

import java.util.List;

import org.careloop.assessment.AssessmentResult;
import org.careloop.assessment.SocialNeedsIdentified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Social needs found by an AHC HRSN screen become problems on the patient's living care plans (CMS: the plan is
 * based on psychosocial and environmental assessment and lists the community services ordered). A need the plan
 * already addresses is not added twice. Runs in the screen's transaction, so the screen and the plan agree.
 */
@Component
class SocialNeedsOnCarePlans {

    private final CarePlanning planning;

    SocialNeedsOnCarePlans(CarePlanning planning) {
        this.planning = planning;
    }

    @EventListener
    void on(SocialNeedsIdentified identified) {
        planning.addToLivingPlans(identified.patientId(), identified.practiceId(), plan -> {
            List<PlanProblem> added = identified.needs().stream()
                    .filter(need -> !plan.content().addressesSocialNeed(need.domain()))
                    .map(SocialNeedsOnCarePlans::problem)
                    .toList();
            if (!added.isEmpty()) {
                plan.addProblems(added, "From the social needs screen " + identified.assessmentId(),
                        "social-needs-screen", identified.at());
            }
        });
    }

    private static PlanProblem problem(AssessmentResult.SocialNeed need) {
        String description = need.description() == null || need.description().isBlank() ? need.domain() : need.description();
        return new PlanProblem(null, description, null, null, null, need.domain(),
                "Need met or connected to a community resource");
    }
}
