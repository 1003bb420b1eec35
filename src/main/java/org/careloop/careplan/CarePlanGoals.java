package org.careloop.careplan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The measurable goals many patients' living care plans hold, at once (care gaps over a whole practice read
 * "HbA1c &lt; 7 %" as the patient's own target): goals completed or cancelled and goals without a target are left
 * out. Not audited and not scoped: the caller scopes the patients to its practices and audits what it shows.
 */
@Service
public class CarePlanGoals {

    private final StoredCarePlans plans;

    CarePlanGoals(StoredCarePlans plans) {
        this.plans = plans;
    }

    /** Each patient's open goal targets, in plan order; patients without a living plan or target are absent. */
    public Map<UUID, List<GoalTarget>> activeFor(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return plans.livingContents(patientIds).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().stream()
                        .flatMap(content -> content.goals().stream())
                        .filter(goal -> goal.status() == null || !goal.status().closed())
                        .map(PlanGoal::target).filter(Objects::nonNull).toList()))
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
