package org.careloop.patient;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.careloop.BulkInsert;
import org.careloop.patient.ImportedClinicalRecords.*;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes a chart's clinical records, one statement per table; returns the source keys that were new. */
class ImportedRecordsWriter {

    private final JdbcClient jdbc;

    ImportedRecordsWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> write(UUID patient, ImportedChart chart) {
        Set<String> created = new HashSet<>();
        created.addAll(encounters(patient, chart));
        created.addAll(conditions(patient, chart));
        created.addAll(allergies(patient, chart));
        created.addAll(medications(patient, chart));
        created.addAll(immunizations(patient, chart));
        created.addAll(procedures(patient, chart));
        created.addAll(familyHistory(patient, chart));
        created.addAll(observations(patient, chart));
        created.addAll(careHistory(patient, chart));
        return created;
    }

    private Set<String> encounters(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("encounter", "id:uuid", "patient_id:uuid", "source_key", "status",
                "class_code", "type_system", "type_code", "type_display", "period_start:timestamptz",
                "period_end:timestamptz", "reason_code", "reason_display", "practitioner_id:uuid",
                "organization_id:uuid", "location_id:uuid");
        for (ImportedEncounter e : chart.encounters()) {
            rows.add(id(patient, e.sourceKey()), patient, e.sourceKey(), e.status(), e.classCode(), e.typeSystem(),
                    e.typeCode(), e.typeDisplay(), e.periodStart(), e.periodEnd(), e.reasonCode(), e.reasonDisplay(),
                    e.practitionerId(), e.organizationId(), e.locationId());
        }
        return rows.execute(jdbc);
    }

    private Set<String> conditions(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("condition", "id:uuid", "patient_id:uuid", "source_key", "snomed_code",
                "code_system", "code", "display", "category", "clinical_status", "verification_status",
                "onset_at:timestamptz", "abated_at:timestamptz", "recorded_on:date", "encounter_id:uuid", "codings:jsonb");
        for (ImportedCondition c : chart.conditions()) {
            String snomed = "http://snomed.info/sct".equals(c.codeSystem()) ? c.code() : null;
            rows.add(id(patient, c.sourceKey()), patient, c.sourceKey(), snomed, c.codeSystem(), c.code(), c.display(),
                    c.category(), c.clinicalStatus(), c.verificationStatus(), c.onsetAt(), c.abatedAt(),
                    c.recordedOn(), id(patient, c.encounterKey()), CodingsColumn.write(c.codings()));
        }
        return rows.execute(jdbc);
    }

    private Set<String> allergies(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("allergy", "id:uuid", "patient_id:uuid", "source_key", "code_system",
                "code", "display", "category", "criticality", "clinical_status", "reaction", "recorded_on:date");
        for (ImportedAllergy a : chart.allergies()) {
            rows.add(id(patient, a.sourceKey()), patient, a.sourceKey(), a.codeSystem(), a.code(), a.display(),
                    a.category(), a.criticality(), a.clinicalStatus(), a.reaction(), a.recordedOn());
        }
        return rows.execute(jdbc);
    }

    private Set<String> medications(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("medication", "id:uuid", "patient_id:uuid", "source_key", "source_type",
                "rxnorm_code", "display", "dose", "status", "intent", "authored_at:timestamptz",
                "prescriber_id:uuid", "reason_code", "encounter_id:uuid", "supply_starts_on:date", "supply_days:integer",
                "supply_quantity:numeric", "supply_unit", "supply_refills_allowed:integer");
        for (ImportedMedication m : chart.medications()) {
            Supply supply = m.supply();
            rows.add(id(patient, m.sourceKey()), patient, m.sourceKey(), m.sourceType(), m.rxnormCode(), m.display(),
                    m.dose(), m.status(), m.intent(), m.authoredAt(), m.prescriberId(), m.reasonCode(),
                    id(patient, m.encounterKey()), supply == null ? null : supply.startsOn(),
                    supply == null ? null : supply.daysSupply(), supply == null ? null : supply.quantity(),
                    supply == null ? null : supply.unit(), supply == null ? null : supply.refillsAllowed());
        }
        return rows.execute(jdbc);
    }

    private Set<String> immunizations(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("immunization", "id:uuid", "patient_id:uuid", "source_key", "cvx_code",
                "display", "status", "occurred_at:timestamptz", "encounter_id:uuid", "codings:jsonb");
        for (ImportedImmunization i : chart.immunizations()) {
            rows.add(id(patient, i.sourceKey()), patient, i.sourceKey(), i.cvxCode(), i.display(), i.status(),
                    i.occurredAt(), id(patient, i.encounterKey()), CodingsColumn.write(i.codings()));
        }
        return rows.execute(jdbc);
    }

    private Set<String> procedures(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("clinical_procedure", "id:uuid", "patient_id:uuid", "source_key",
                "code_system", "code", "display", "status", "performed_start:timestamptz",
                "performed_end:timestamptz", "reason_code", "encounter_id:uuid", "codings:jsonb");
        for (ImportedProcedure p : chart.procedures()) {
            rows.add(id(patient, p.sourceKey()), patient, p.sourceKey(), p.codeSystem(), p.code(), p.display(),
                    p.status(), p.performedStart(), p.performedEnd(), p.reasonCode(), id(patient, p.encounterKey()),
                    CodingsColumn.write(p.codings()));
        }
        return rows.execute(jdbc);
    }

    private Set<String> familyHistory(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("family_history", "id:uuid", "patient_id:uuid", "source_key",
                "relationship", "condition_code", "condition_system", "condition_display", "status");
        for (ImportedFamilyHistory f : chart.familyHistory()) {
            rows.add(id(patient, f.sourceKey()), patient, f.sourceKey(), f.relationship(), f.conditionCode(),
                    f.conditionSystem(), f.conditionDisplay(), f.status());
        }
        return rows.execute(jdbc);
    }

    private Set<String> observations(UUID patient, ImportedChart chart) {
        BulkInsert rows = BulkInsert.clinical("observation", "id:uuid", "patient_id:uuid", "source_key", "status",
                "category", "code_system", "code", "display", "value_quantity:numeric", "value_unit", "value_code",
                "value_text", "effective_at:timestamptz", "encounter_id:uuid", "codings:jsonb");
        BulkInsert parts = BulkInsert.keyed("observation_component", "(observation_id, position)",
                "observation_id:uuid", "position:integer", "code_system", "code", "display", "value_quantity:numeric",
                "value_unit", "value_code", "value_text");
        for (ImportedObservation o : chart.observations()) {
            UUID id = id(patient, o.sourceKey());
            Value v = o.value();
            rows.add(id, patient, o.sourceKey(), o.status(), o.category(), o.codeSystem(), o.code(), o.display(),
                    v.quantity(), v.unit(), v.code(), v.text(), o.effectiveAt(), id(patient, o.encounterKey()),
                    CodingsColumn.write(o.codings()));
            for (int i = 0; i < o.components().size(); i++) {
                Component c = o.components().get(i);
                Value cv = c.value();
                parts.add(id, i, c.codeSystem(), c.code(), c.display(), cv.quantity(), cv.unit(), cv.code(), cv.text());
            }
        }
        Set<String> created = rows.execute(jdbc);
        parts.execute(jdbc);
        return created;
    }

    private Set<String> careHistory(UUID patient, ImportedChart chart) {
        BulkInsert teams = BulkInsert.clinical("ehr_care_team", "id:uuid", "patient_id:uuid", "source_key", "status",
                "name", "period_start:timestamptz", "period_end:timestamptz", "reason_code", "reason_display",
                "managing_organization_id:uuid", "encounter_id:uuid", "participants:jsonb");
        for (ImportedCareTeam t : chart.careTeams()) {
            teams.add(id(patient, t.sourceKey()), patient, t.sourceKey(), t.status(), t.name(), t.periodStart(),
                    t.periodEnd(), t.reasonCode(), t.reasonDisplay(), t.managingOrganizationId(),
                    id(patient, t.encounterKey()), t.participantsJson());
        }
        BulkInsert plans = BulkInsert.clinical("ehr_care_plan", "id:uuid", "patient_id:uuid", "source_key", "status",
                "intent", "category_code", "category_display", "title", "period_start:timestamptz",
                "period_end:timestamptz", "encounter_id:uuid", "care_team_ids:uuid[]", "addresses:jsonb",
                "activities:jsonb");
        for (ImportedCarePlan p : chart.carePlans()) {
            plans.add(id(patient, p.sourceKey()), patient, p.sourceKey(), p.status(), p.intent(), p.categoryCode(),
                    p.categoryDisplay(), p.title(), p.periodStart(), p.periodEnd(), id(patient, p.encounterKey()),
                    p.careTeamKeys().stream().map(key -> id(patient, key)).toList(), p.addressesJson(),
                    p.activitiesJson());
        }
        BulkInsert goals = BulkInsert.clinical("ehr_goal", "id:uuid", "patient_id:uuid", "source_key",
                "lifecycle_status", "achievement_status", "description", "start_on:date", "due_on:date",
                "addresses:jsonb", "targets:jsonb");
        for (ImportedGoal g : chart.goals()) {
            goals.add(id(patient, g.sourceKey()), patient, g.sourceKey(), g.lifecycleStatus(), g.achievementStatus(),
                    g.description(), g.startOn(), g.dueOn(), g.addressesJson(), g.targetsJson());
        }
        BulkInsert answers = BulkInsert.clinical("questionnaire_response", "id:uuid", "patient_id:uuid", "source_key",
                "questionnaire", "status", "authored_at:timestamptz", "encounter_id:uuid", "items:jsonb");
        for (ImportedQuestionnaireResponse q : chart.questionnaireResponses()) {
            answers.add(id(patient, q.sourceKey()), patient, q.sourceKey(), q.questionnaire(), q.status(),
                    q.authoredAt(), id(patient, q.encounterKey()), q.itemsJson());
        }
        Set<String> created = new HashSet<>(teams.execute(jdbc));
        created.addAll(plans.execute(jdbc));
        created.addAll(goals.execute(jdbc));
        created.addAll(answers.execute(jdbc));
        return created;
    }

    private static UUID id(UUID patient, String sourceKey) {
        return sourceKey == null ? null : ImportedRecords.recordId(patient, sourceKey);
    }
}
