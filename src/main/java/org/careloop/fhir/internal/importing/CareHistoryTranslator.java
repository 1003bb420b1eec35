package org.careloop.fhir.internal.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.patient.ImportedClinicalRecords.*;
import org.hl7.fhir.r4.model.*;

/** Translates the EHR's care plans, care teams, goals and questionnaire answers; nested detail becomes JSON. */
final class CareHistoryTranslator {

    private final References references;

    CareHistoryTranslator(References references) {
        this.references = references;
    }

    ImportedCareTeam careTeam(BundleEntry entry) {
        CareTeam t = (CareTeam) entry.resource();
        List<Map<String, Object>> participants = new ArrayList<>();
        for (CareTeam.CareTeamParticipantComponent p : t.getParticipant()) {
            Map<String, Object> member = new LinkedHashMap<>();
            Coding role = FhirValues.first(p.getRole());
            member.put("role", role.getDisplay());
            member.put("roleCode", role.getCode());
            member.put("name", p.getMember().getDisplay());
            References.Target target = references.resolve(p.getMember());
            if (target != null) {
                member.put("type", target.resourceType());
                if (KeptResources.DIRECTORY.contains(target.resourceType())) {
                    member.put("directoryId", String.valueOf(references.directoryId(p.getMember(), target.resourceType())));
                }
            }
            participants.add(member);
        }
        Coding reason = FhirValues.first(t.getReasonCode());
        return new ImportedCareTeam(entry.sourceKey(), FhirValues.code(t.getStatusElement()), t.getName(),
                FhirValues.instant(t.getPeriod().getStartElement()), FhirValues.instant(t.getPeriod().getEndElement()),
                reason.getCode(), reason.getDisplay(),
                t.hasManagingOrganization() ? references.directoryId(t.getManagingOrganizationFirstRep(), "Organization") : null,
                encounterKey(t.getEncounter()), FhirValues.json(participants));
    }

    ImportedCarePlan carePlan(BundleEntry entry) {
        CarePlan p = (CarePlan) entry.resource();
        // US Core puts the fixed "assess-plan" category first; the clinical category says what the plan is for
        Coding category = p.getCategory().stream().map(FhirValues::coding)
                .filter(c -> !"assess-plan".equals(c.getCode())).findFirst().orElse(FhirValues.first(p.getCategory()));
        List<String> teams = p.getCareTeam().stream().map(r -> references.entry(r, "CareTeam"))
                .filter(java.util.Objects::nonNull).map(BundleEntry::sourceKey).toList();
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (Reference reference : p.getAddresses()) {
            BundleEntry condition = references.entry(reference, "Condition");
            Coding code = condition == null ? new Coding(null, null, reference.getDisplay())
                    : FhirValues.coding(((Condition) condition.resource()).getCode());
            addresses.add(codeMap(code));
        }
        List<Map<String, Object>> activities = new ArrayList<>();
        for (CarePlan.CarePlanActivityComponent activity : p.getActivity()) {
            Map<String, Object> item = codeMap(FhirValues.coding(activity.getDetail().getCode()));
            item.put("status", FhirValues.code(activity.getDetail().getStatusElement()));
            activities.add(item);
        }
        return new ImportedCarePlan(entry.sourceKey(), FhirValues.code(p.getStatusElement()),
                FhirValues.code(p.getIntentElement()), category.getCode(), category.getDisplay(),
                p.hasTitle() ? p.getTitle() : category.getDisplay(), FhirValues.instant(p.getPeriod().getStartElement()),
                FhirValues.instant(p.getPeriod().getEndElement()), encounterKey(p.getEncounter()), teams,
                FhirValues.json(addresses), FhirValues.json(activities));
    }

    ImportedGoal goal(BundleEntry entry) {
        Goal g = (Goal) entry.resource();
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (Reference reference : g.getAddresses()) {
            BundleEntry condition = references.entry(reference, "Condition");
            addresses.add(codeMap(condition == null ? new Coding(null, null, reference.getDisplay())
                    : FhirValues.coding(((Condition) condition.resource()).getCode())));
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        java.time.LocalDate due = null;
        for (Goal.GoalTargetComponent target : g.getTarget()) {
            Map<String, Object> item = codeMap(FhirValues.coding(target.getMeasure()));
            item.put("detail", target.hasDetail() ? target.getDetail().primitiveValue() != null
                    ? target.getDetail().primitiveValue() : FhirValues.json(FhirValues.value(target.getDetail())) : null);
            if (target.hasDueDateType()) {
                item.put("due", target.getDueDateType().getValueAsString());
                due = due == null ? FhirValues.date(target.getDueDateType()) : due;
            }
            targets.add(item);
        }
        return new ImportedGoal(entry.sourceKey(), FhirValues.code(g.getLifecycleStatusElement()),
                FhirValues.coding(g.getAchievementStatus()).getCode(), FhirValues.display(g.getDescription()),
                g.hasStartDateType() ? FhirValues.date(g.getStartDateType()) : null, due,
                FhirValues.json(addresses), FhirValues.json(targets));
    }

    ImportedQuestionnaireResponse questionnaireResponse(BundleEntry entry) {
        QuestionnaireResponse q = (QuestionnaireResponse) entry.resource();
        List<Map<String, Object>> items = new ArrayList<>();
        flatten(q.getItem(), items);
        return new ImportedQuestionnaireResponse(entry.sourceKey(), q.getQuestionnaire(),
                FhirValues.code(q.getStatusElement()), FhirValues.instant(q.getAuthoredElement()),
                encounterKey(q.getEncounter()), FhirValues.json(items));
    }

    private static void flatten(List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items,
                                List<Map<String, Object>> into) {
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : items) {
            if (item.hasAnswer()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("linkId", item.getLinkId());
                answer.put("text", item.getText());
                answer.put("answers", item.getAnswer().stream().map(a -> a.getValue() instanceof Coding c
                        ? (c.hasDisplay() ? c.getDisplay() : c.getCode()) : a.getValue().primitiveValue()).toList());
                into.add(answer);
            }
            flatten(item.getItem(), into);
            item.getAnswer().forEach(a -> flatten(a.getItem(), into));
        }
    }

    private static Map<String, Object> codeMap(Coding coding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("system", coding.getSystem());
        map.put("code", coding.getCode());
        map.put("display", coding.getDisplay());
        return map;
    }

    private String encounterKey(Reference reference) {
        BundleEntry encounter = reference == null ? null : references.entry(reference, "Encounter");
        return encounter == null ? null : encounter.sourceKey();
    }
}
