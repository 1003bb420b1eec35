package org.careloop.careplan;

import java.util.List;

/**
 * A revision of a plan, based on the version the editor read. Each section given replaces that section; a section
 * left out (null) keeps what the plan has. Items keep their {@code id}; new items come without one.
 */
public record CarePlanRevision(Integer basedOnVersion, String note, List<PlanProblem> problems, List<PlanGoal> goals,
                               List<PlanIntervention> interventions, List<String> barriers, List<String> strengths,
                               List<String> preferences, ReviewSchedule review) {

    CarePlanContent applyTo(CarePlanContent current) {
        return new CarePlanContent(or(problems, current.problems()), or(goals, current.goals()),
                or(interventions, current.interventions()), or(barriers, current.barriers()),
                or(strengths, current.strengths()), or(preferences, current.preferences()),
                review == null ? current.review() : review);
    }

    private static <T> List<T> or(List<T> given, List<T> current) {
        return given == null ? current : given;
    }
}
