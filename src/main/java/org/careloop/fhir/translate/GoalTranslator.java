package org.careloop.fhir.translate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.careplan.GoalTarget;
import org.careloop.careplan.PlanGoal;
import org.careloop.patient.ImportedClinicalRecords.ImportedGoal;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A goal both ways: a care-plan goal to FHIR R4 Goal, with its lifecycle status, achievement and measurable
 * target; and an EHR's Goal to the goal CareLoop keeps from the patient's record.
 */
public final class GoalTranslator {

    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    private static final Set<String> QUANTITY_COMPARATORS = Set.of("<", "<=", ">=", ">");

    private GoalTranslator() {
    }

    public static Goal toFhir(UUID patientId, PlanGoal planGoal) {
        Goal goal = new Goal();
        goal.setId(planGoal.id());
        goal.setLifecycleStatus(Goal.GoalLifecycleStatus.fromCode(planGoal.status().fhirCode()));
        if (planGoal.achievement() != null) {
            goal.setAchievementStatus(new CodeableConcept(new Coding(GOAL_ACHIEVEMENT,
                    planGoal.achievement().fhirCode(), planGoal.achievement().plainWords())));
        }
        goal.setDescription(new CodeableConcept().setText(planGoal.description()));
        goal.setSubject(new Reference("Patient/" + patientId));
        if (planGoal.patientWords() != null) {
            goal.addNote().setText("In the patient's words: " + planGoal.patientWords());
        }
        Goal.GoalTargetComponent target = goal.addTarget();
        GoalTarget measurable = planGoal.target();
        target.setMeasure(new CodeableConcept().setText(measurable.measure()));
        target.setDetail(detail(measurable));
        if (planGoal.targetDate() != null) {
            target.setDue(new DateType(planGoal.targetDate().toString()));
        }
        return goal;
    }

    /** A numeric target becomes a Quantity with its comparator; anything else (such as 130/80) stays text. */
    private static Type detail(GoalTarget target) {
        boolean numeric = target.value() != null && target.value().matches("-?\\d+(\\.\\d+)?");
        if (numeric && (target.comparator().equals("=") || QUANTITY_COMPARATORS.contains(target.comparator()))) {
            Quantity quantity = new Quantity().setValue(new BigDecimal(target.value())).setUnit(target.unit());
            if (!target.comparator().equals("=")) {
                quantity.setComparator(Quantity.QuantityComparator.fromCode(target.comparator()));
            }
            return quantity;
        }
        return new StringType(target.text());
    }

    public static ImportedGoal fromFhir(String sourceKey, Goal g, BundleLinks links) {
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (Reference reference : g.getAddresses()) {
            Coding code = ConditionTranslator.referencedCode(reference, links);
            addresses.add(FhirValues.codeMap(code == null ? new Coding(null, null, reference.getDisplay()) : code));
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        LocalDate due = null;
        for (Goal.GoalTargetComponent target : g.getTarget()) {
            Map<String, Object> item = FhirValues.codeMap(FhirValues.coding(target.getMeasure()));
            item.put("detail", target.hasDetail() ? target.getDetail().primitiveValue() != null
                    ? target.getDetail().primitiveValue() : FhirValues.json(FhirValues.value(target.getDetail())) : null);
            if (target.hasDueDateType()) {
                item.put("due", target.getDueDateType().getValueAsString());
                due = due == null ? FhirValues.day(target.getDueDateType()) : due;
            }
            targets.add(item);
        }
        return new ImportedGoal(sourceKey, FhirValues.code(g.getLifecycleStatusElement()),
                FhirValues.coding(g.getAchievementStatus()).getCode(), FhirValues.display(g.getDescription()),
                g.hasStartDateType() ? FhirValues.day(g.getStartDateType()) : null, due,
                FhirValues.json(addresses), FhirValues.json(targets));
    }
}
