package org.careloop.careplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares two care plan snapshots, and decides whether a change is substantive. Problems, goals and
 * interventions are matched by id, so an edited goal shows as changed rather than removed and added; barriers,
 * strengths and preferences are matched by their text.
 * <p>
 * Substantive means the provider must sign again: a problem, an intervention or a goal's definition (wording,
 * target, target date) changed. Recording a goal's progress, how far a social need is met, barriers, strengths,
 * preferences or the review date is the care manager's ongoing work and keeps the signature.
 */
final class PlanDifferences {

    private PlanDifferences() {
    }

    static VersionComparison between(int from, CarePlanContent before, int to, CarePlanContent after) {
        List<VersionComparison.SectionChanges> sections = new ArrayList<>();
        add(sections, byKey("problems", before.problems(), after.problems(), PlanProblem::id));
        add(sections, byKey("goals", before.goals(), after.goals(), PlanGoal::id));
        add(sections, byKey("interventions", before.interventions(), after.interventions(), PlanIntervention::id));
        add(sections, byKey("barriers", before.barriers(), after.barriers(), Function.identity()));
        add(sections, byKey("strengths", before.strengths(), after.strengths(), Function.identity()));
        add(sections, byKey("preferences", before.preferences(), after.preferences(), Function.identity()));
        if (!Objects.equals(before.review(), after.review())) {
            sections.add(new VersionComparison.SectionChanges("review", List.of(), List.of(),
                    List.of(new VersionComparison.Change(before.review(), after.review()))));
        }
        return new VersionComparison(from, to, sections);
    }

    static boolean substantive(CarePlanContent before, CarePlanContent after) {
        return !before.problems().stream().map(PlanProblem::definition).toList()
                        .equals(after.problems().stream().map(PlanProblem::definition).toList())
                || !before.interventions().equals(after.interventions())
                || !before.goals().stream().map(PlanGoal::definition).toList()
                        .equals(after.goals().stream().map(PlanGoal::definition).toList());
    }

    /** A short sentence a care manager reads in the history: "Added goal: BP < 130/80; changed review". */
    static String summary(VersionComparison comparison) {
        List<String> parts = new ArrayList<>();
        for (VersionComparison.SectionChanges section : comparison.sections()) {
            section.added().forEach(item -> parts.add("added " + singular(section.section()) + ": " + label(item)));
            section.removed().forEach(item -> parts.add("removed " + singular(section.section()) + ": " + label(item)));
            section.changed().forEach(change -> parts.add("changed " + singular(section.section())
                    + (change.after() == null || change.after() instanceof ReviewSchedule ? "" : ": " + label(change.after()))));
        }
        String text = String.join("; ", parts);
        return text.isEmpty() ? "no change" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String label(Object item) {
        if (item instanceof PlanProblem problem) {
            return problem.description();
        }
        if (item instanceof PlanGoal goal) {
            return goal.description();
        }
        if (item instanceof PlanIntervention intervention) {
            return intervention.description();
        }
        return String.valueOf(item);
    }

    private static String singular(String section) {
        return switch (section) {
            case "review" -> "review schedule";
            case "strengths" -> "strength";
            default -> section.substring(0, section.length() - 1);
        };
    }

    private static void add(List<VersionComparison.SectionChanges> sections, VersionComparison.SectionChanges changes) {
        if (!changes.added().isEmpty() || !changes.removed().isEmpty() || !changes.changed().isEmpty()) {
            sections.add(changes);
        }
    }

    private static <T> VersionComparison.SectionChanges byKey(String section, List<T> before, List<T> after,
                                                             Function<T, String> key) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        List<Object> added = new ArrayList<>();
        List<Object> removed = new ArrayList<>();
        List<VersionComparison.Change> changed = new ArrayList<>();
        now.forEach((id, item) -> {
            T was = old.get(id);
            if (was == null) {
                added.add(item);
            } else if (!was.equals(item)) {
                changed.add(new VersionComparison.Change(was, item));
            }
        });
        old.forEach((id, item) -> {
            if (!now.containsKey(id)) {
                removed.add(item);
            }
        });
        return new VersionComparison.SectionChanges(section, added, removed, changed);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> indexed = new LinkedHashMap<>();
        items.forEach(item -> indexed.put(key.apply(item), item));
        return indexed;
    }
}
