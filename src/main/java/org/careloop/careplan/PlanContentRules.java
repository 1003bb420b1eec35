package org.careloop.careplan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.HashSet;

import org.careloop.InvalidRequest;

/**
 * What a care plan must hold to be usable: every problem described; every goal described, measurable (measure,
 * comparator, value) and tied to a problem of the plan when it names one; every intervention described, with who
 * does it. Refusals name the field, such as {@code goals[1].target.comparator}.
 */
final class PlanContentRules {

    private PlanContentRules() {
    }

    /** Gives new problems, goals and interventions an id, and new goals the status {@code PROPOSED}. */
    static CarePlanContent identified(CarePlanContent content) {
        return new CarePlanContent(
                content.problems().stream().map(p -> p.id() == null || p.id().isBlank() ? p.withId(newId()) : p).toList(),
                content.goals().stream().map(g -> g.id() == null || g.id().isBlank() ? g.withId(newId()) : g)
                        .map(g -> g.status() == null ? g.withProgress(GoalStatus.PROPOSED, g.achievement()) : g).toList(),
                content.interventions().stream().map(i -> i.id() == null || i.id().isBlank() ? i.withId(newId()) : i).toList(),
                content.barriers(), content.strengths(), content.preferences(), content.review());
    }

    /** A review happened on or before today, and sets a next review after today (else it is due again at once). */
    static void checkReview(LocalDate reviewedOn, LocalDate nextReviewOn, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (reviewedOn.isAfter(today)) {
            problems.put("reviewedOn", "cannot be in the future");
        }
        if (!nextReviewOn.isAfter(today)) {
            problems.put("nextReviewOn", "must be after today, or the plan is due for review again at once");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The review cannot be recorded", problems);
        }
    }

    static void check(CarePlanContent content) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> problemIds = content.problems().stream().map(PlanProblem::id).collect(Collectors.toSet());
        each(content.problems(), (i, problem) -> {
            if (blank(problem.description())) {
                problems.put("problems[" + i + "].description", "must describe the problem");
            }
        });
        each(content.goals(), (i, goal) -> {
            String at = "goals[" + i + "]";
            if (blank(goal.description())) {
                problems.put(at + ".description", "must describe the goal");
            }
            if (goal.problemId() != null && !problemIds.contains(goal.problemId())) {
                problems.put(at + ".problemId", "must name a problem of this plan");
            }
            GoalTarget target = goal.target();
            if (target == null) {
                problems.put(at + ".target", "must give a measurable target: measure, comparator, value and unit");
            } else {
                if (blank(target.measure())) {
                    problems.put(at + ".target.measure", "must name what is measured, such as HbA1c");
                }
                if (target.comparator() == null || !GoalTarget.COMPARATORS.contains(target.comparator())) {
                    problems.put(at + ".target.comparator", "must be one of <, <=, =, >=, >");
                }
                if (blank(target.value())) {
                    problems.put(at + ".target.value", "must give the target value, such as 7");
                }
            }
        });
        each(content.interventions(), (i, intervention) -> {
            String at = "interventions[" + i + "]";
            if (blank(intervention.description())) {
                problems.put(at + ".description", "must describe what will be done");
            }
            if (intervention.responsibleParty() == null) {
                problems.put(at + ".responsibleParty",
                        "must be one of CARE_MANAGER, PATIENT, CAREGIVER, PROVIDER, COMMUNITY_ORGANIZATION");
            }
            if (intervention.problemId() != null && !problemIds.contains(intervention.problemId())) {
                problems.put(at + ".problemId", "must name a problem of this plan");
            }
        });
        duplicates(problems, "problems", content.problems().stream().map(PlanProblem::id).toList());
        duplicates(problems, "goals", content.goals().stream().map(PlanGoal::id).toList());
        duplicates(problems, "interventions", content.interventions().stream().map(PlanIntervention::id).toList());
        if (content.review() != null && content.review().interval() != null
                && (content.review().interval().isNegative() || content.review().interval().isZero())) {
            problems.put("review.interval", "must be a positive period, such as P1M or P3M");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The care plan is not complete", problems);
        }
    }

    private static void duplicates(Map<String, String> problems, String section, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.put(section + "[" + i + "].id", "is given twice; each item needs its own id");
            }
        }
    }

    private interface Indexed<T> {
        void accept(int index, T item);
    }

    private static <T> void each(List<T> items, Indexed<T> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(i, items.get(i));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
