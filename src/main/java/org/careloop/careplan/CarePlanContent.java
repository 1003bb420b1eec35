package org.careloop.careplan;

import java.util.List;
import java.util.Optional;
import java.util.ArrayList;

/**
 * What a comprehensive care plan says (CMS scope of service): the problems, measurable goals, interventions and
 * who does them, barriers, strengths, the patient's preferences, and the review schedule. Each version of a plan
 * keeps one of these as its snapshot.
 */
public record CarePlanContent(List<PlanProblem> problems, List<PlanGoal> goals, List<PlanIntervention> interventions,
                              List<String> barriers, List<String> strengths, List<String> preferences,
                              ReviewSchedule review) {

    public CarePlanContent {
        problems = copy(problems);
        goals = copy(goals);
        interventions = copy(interventions);
        barriers = copy(barriers);
        strengths = copy(strengths);
        preferences = copy(preferences);
    }

    public Optional<PlanGoal> goal(String goalId) {
        return goals.stream().filter(goal -> goal.id().equals(goalId)).findFirst();
    }

    /** Whether a problem for this social-needs domain is already on the plan. */
    public boolean addressesSocialNeed(String sdohDomain) {
        return problems.stream().anyMatch(problem -> sdohDomain.equalsIgnoreCase(problem.sdohDomain()));
    }

    /** The social needs on the plan not (yet) met. */
    public List<PlanProblem> openSocialNeeds() {
        return problems.stream().filter(PlanProblem::openSocialNeed).toList();
    }

    /** The plan with how far the need of this domain is met, on each problem for the domain. */
    CarePlanContent withNeedStatus(String sdohDomain, NeedStatus status) {
        return new CarePlanContent(problems.stream().map(problem -> sdohDomain.equalsIgnoreCase(problem.sdohDomain())
                ? problem.withNeedStatus(status) : problem).toList(), goals, interventions, barriers, strengths,
                preferences, review);
    }

    /**
     * How far each need is met is recorded by closing its referral, not typed in the editor: a problem the editor
     * sends without a status keeps the one the plan had.
     */
    CarePlanContent keepingNeedStatusesOf(CarePlanContent previous) {
        return new CarePlanContent(problems.stream().map(problem -> problem.needStatus() != null || problem.id() == null
                ? problem : previous.problems().stream().filter(before -> problem.id().equals(before.id()))
                        .findFirst().map(before -> problem.withNeedStatus(before.needStatus())).orElse(problem))
                .toList(), goals, interventions, barriers, strengths, preferences, review);
    }

    CarePlanContent withProblemsAdded(List<PlanProblem> added) {
        List<PlanProblem> all = new ArrayList<>(problems);
        all.addAll(added);
        return new CarePlanContent(all, goals, interventions, barriers, strengths, preferences, review);
    }

    CarePlanContent withReview(ReviewSchedule next) {
        return new CarePlanContent(problems, goals, interventions, barriers, strengths, preferences, next);
    }

    CarePlanContent withGoal(PlanGoal changed) {
        return new CarePlanContent(problems,
                goals.stream().map(goal -> goal.id().equals(changed.id()) ? changed : goal).toList(),
                interventions, barriers, strengths, preferences, review);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
