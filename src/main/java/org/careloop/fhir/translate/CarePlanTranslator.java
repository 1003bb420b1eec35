package org.careloop.fhir.translate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.PlanGoal;
import org.careloop.careplan.PlanIntervention;
import org.careloop.careplan.PlanProblem;
import org.careloop.patient.ImportedClinicalRecords.ImportedCarePlan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A care plan both ways. Out: CareLoop's plan as a FHIR R4 collection Bundle, the CarePlan (problems as contained
 * Conditions, interventions as activities, barriers, strengths and preferences as notes) followed by one Goal per
 * goal; for a plain FHIR read the goals are contained in the CarePlan. In: an EHR's CarePlan to the plan CareLoop
 * keeps from the patient's record, with what it addresses and its activities as JSON.
 */
public final class CarePlanTranslator {

    static final String NPI = FhirValues.NPI;

    private CarePlanTranslator() {
    }

    /** The CarePlan alone, for a FHIR read: its goals travel as contained Goal resources. */
    public static CarePlan toFhir(CarePlanView plan) {
        CarePlan carePlan = carePlanWithoutGoals(plan);
        for (PlanGoal goal : plan.content().goals()) {
            carePlan.addContained(GoalTranslator.toFhir(plan.patientId(), goal));
            carePlan.addGoal(new Reference("#" + goal.id()));
        }
        return carePlan;
    }

    public static Bundle bundle(CarePlanView plan) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        CarePlan carePlan = carePlanWithoutGoals(plan);
        bundle.addEntry().setFullUrl("urn:uuid:" + plan.id()).setResource(carePlan);
        for (PlanGoal goal : plan.content().goals()) {
            carePlan.addGoal(new Reference("urn:uuid:" + goal.id()));
            bundle.addEntry().setFullUrl("urn:uuid:" + goal.id()).setResource(GoalTranslator.toFhir(plan.patientId(), goal));
        }
        return bundle;
    }

    private static CarePlan carePlanWithoutGoals(CarePlanView plan) {
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

    public static ImportedCarePlan fromFhir(String sourceKey, CarePlan p, BundleLinks links) {
        // US Core puts the fixed "assess-plan" category first; the clinical category says what the plan is for
        Coding category = p.getCategory().stream().map(FhirValues::coding)
                .filter(c -> !"assess-plan".equals(c.getCode())).findFirst().orElse(FhirValues.first(p.getCategory()));
        List<String> teams = p.getCareTeam().stream().map(r -> links.sourceKey(r, "CareTeam"))
                .filter(Objects::nonNull).toList();
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (Reference reference : p.getAddresses()) {
            Coding code = ConditionTranslator.referencedCode(reference, links);
            addresses.add(FhirValues.codeMap(code == null ? new Coding(null, null, reference.getDisplay()) : code));
        }
        List<Map<String, Object>> activities = new ArrayList<>();
        for (CarePlan.CarePlanActivityComponent activity : p.getActivity()) {
            Map<String, Object> item = FhirValues.codeMap(FhirValues.coding(activity.getDetail().getCode()));
            item.put("status", FhirValues.code(activity.getDetail().getStatusElement()));
            activities.add(item);
        }
        return new ImportedCarePlan(sourceKey, FhirValues.code(p.getStatusElement()),
                FhirValues.code(p.getIntentElement()), category.getCode(), category.getDisplay(),
                p.hasTitle() ? p.getTitle() : category.getDisplay(), FhirValues.instant(p.getPeriod().getStartElement()),
                FhirValues.instant(p.getPeriod().getEndElement()), links.sourceKey(p.getEncounter(), "Encounter"), teams,
                FhirValues.json(addresses), FhirValues.json(activities));
    }
}
