package org.careloop.fhir.internal;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Set;

import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.GoalTarget;
import org.careloop.careplan.PlanGoal;
import org.careloop.careplan.PlanIntervention;
import org.careloop.careplan.PlanProblem;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.springframework.stereotype.Component;

/**
 * A care plan as a FHIR R4 collection Bundle: the CarePlan (problems as contained Conditions, interventions as
 * activities, barriers, strengths and preferences as notes) followed by one Goal per goal, with its lifecycle
 * status, achievement and measurable target. For a plain FHIR read the goals are contained in the CarePlan.
 */
@Component
public class CarePlanTranslator {

    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    private static final Set<String> QUANTITY_COMPARATORS = Set.of("<", "<=", ">=", ">");

    /** The CarePlan alone, for a FHIR read: its goals travel as contained Goal resources. */
    public CarePlan carePlan(CarePlanView plan) {
        CarePlan carePlan = carePlanWithoutGoals(plan);
        for (PlanGoal goal : plan.content().goals()) {
            carePlan.addContained(goal(plan, goal));
            carePlan.addGoal(new Reference("#" + goal.id()));
        }
        return carePlan;
    }

    public Bundle bundle(CarePlanView plan) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        CarePlan carePlan = carePlanWithoutGoals(plan);
        bundle.addEntry().setFullUrl("urn:uuid:" + plan.id()).setResource(carePlan);
        for (PlanGoal goal : plan.content().goals()) {
            carePlan.addGoal(new Reference("urn:uuid:" + goal.id()));
            bundle.addEntry().setFullUrl("urn:uuid:" + goal.id()).setResource(goal(plan, goal));
        }
        return bundle;
    }

    private CarePlan carePlanWithoutGoals(CarePlanView plan) {
        CarePlan carePlan = new CarePlan();
        carePlan.setId(plan.id().toString());
        carePlan.getMeta().setVersionId(String.valueOf(plan.version()));
        carePlan.setStatus(CarePlan.CarePlanStatus.fromCode(plan.status().fhirCode()));
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.setTitle(plan.program() + " comprehensive care plan");
        carePlan.addCategory().setText(plan.program().name());
        carePlan.setSubject(new Reference("Patient/" + plan.patientId()));
        carePlan.setCreated(Date.from(plan.createdAt()));
        if (plan.establishedOn() != null) {
            carePlan.setPeriod(new Period().setStartElement(new DateTimeType(plan.establishedOn().toString())));
        }
        if (plan.lastSignature() != null) {
            carePlan.setAuthor(new Reference().setDisplay(plan.lastSignature().providerName())
                    .setIdentifier(new Identifier().setSystem(NPI).setValue(plan.lastSignature().npi())));
        }
        for (PlanProblem problem : plan.content().problems()) {
            Condition condition = new Condition();
            condition.setId(problem.id());
            CodeableConcept code = new CodeableConcept().setText(problem.description());
            if (problem.conditionCode() != null) {
                code.addCoding(new Coding(problem.conditionSystem(), problem.conditionCode(), problem.description()));
            }
            condition.setCode(code);
            condition.addCategory().setText(problem.sdohDomain() != null ? "sdoh " + problem.sdohDomain() : "problem-list-item");
            condition.setSubject(new Reference("Patient/" + plan.patientId()));
            carePlan.addContained(condition);
            carePlan.addAddresses(new Reference("#" + problem.id()).setDisplay(problem.description()));
        }
        for (PlanIntervention intervention : plan.content().interventions()) {
            CarePlan.CarePlanActivityDetailComponent detail = new CarePlan.CarePlanActivityDetailComponent()
                    .setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                    .setDescription(intervention.description());
            if (intervention.dueOn() != null) {
                detail.setScheduled(new StringType("by " + intervention.dueOn()));
            }
            detail.addPerformer().setDisplay(intervention.responsibleName() != null ? intervention.responsibleName()
                    : intervention.responsibleParty().name().toLowerCase().replace('_', ' '));
            carePlan.addActivity().setDetail(detail);
        }
        plan.content().barriers().forEach(text -> carePlan.addNote().setText("Barrier: " + text));
        plan.content().strengths().forEach(text -> carePlan.addNote().setText("Strength: " + text));
        plan.content().preferences().forEach(text -> carePlan.addNote().setText("Patient preference: " + text));
        return carePlan;
    }

    private Goal goal(CarePlanView plan, PlanGoal planGoal) {
        Goal goal = new Goal();
        goal.setId(planGoal.id());
        goal.setLifecycleStatus(Goal.GoalLifecycleStatus.fromCode(planGoal.status().fhirCode()));
        if (planGoal.achievement() != null) {
            goal.setAchievementStatus(new CodeableConcept(new Coding(GOAL_ACHIEVEMENT,
                    planGoal.achievement().fhirCode(), planGoal.achievement().plainWords())));
        }
        goal.setDescription(new CodeableConcept().setText(planGoal.description()));
        goal.setSubject(new Reference("Patient/" + plan.patientId()));
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
}
