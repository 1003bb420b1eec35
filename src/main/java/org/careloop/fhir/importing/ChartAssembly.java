package org.careloop.fhir.importing;

import java.util.Map;

import org.careloop.fhir.translate.AllergyTranslator;
import org.careloop.fhir.translate.BundleLinks;
import org.careloop.fhir.translate.CarePlanTranslator;
import org.careloop.fhir.translate.CareTeamTranslator;
import org.careloop.fhir.translate.ConditionTranslator;
import org.careloop.fhir.translate.EncounterTranslator;
import org.careloop.fhir.translate.FamilyHistoryTranslator;
import org.careloop.fhir.translate.GoalTranslator;
import org.careloop.fhir.translate.ImmunizationTranslator;
import org.careloop.fhir.translate.MedicationTranslator;
import org.careloop.fhir.translate.ObservationTranslator;
import org.careloop.fhir.translate.ProcedureTranslator;
import org.careloop.fhir.translate.QuestionnaireResponseTranslator;
import org.careloop.patient.ImportedChart;
import org.hl7.fhir.r4.model.*;

/**
 * Puts the clinical resources of a bundle into their patient's chart, each through its resource's translator:
 * problems, allergies, medicines, immunizations, procedures, family history, visits, measurements, care plans,
 * care teams, goals and questionnaire answers.
 */
final class ChartAssembly {

    private static final Map<String, String> PATIENT_ELEMENT = Map.of("AllergyIntolerance", "patient",
            "Immunization", "patient", "FamilyMemberHistory", "patient");

    private ChartAssembly() {
    }

    /** The patient the resource is about: the element that names the patient differs by resource type. */
    static Reference patientOf(Resource resource) {
        Property property = resource.getNamedProperty(PATIENT_ELEMENT.getOrDefault(resource.fhirType(), "subject"));
        return property != null && property.hasValues() && property.getValues().get(0) instanceof Reference r ? r : null;
    }

    static void add(BundleEntry entry, ImportedChart chart, BundleLinks links) {
        String key = entry.sourceKey();
        Resource resource = entry.resource();
        if (resource instanceof Condition c) {
            chart.conditions().add(ConditionTranslator.fromFhir(key, c, links));
        } else if (resource instanceof AllergyIntolerance a) {
            chart.allergies().add(AllergyTranslator.fromFhir(key, a));
        } else if (resource instanceof MedicationRequest m) {
            chart.medications().add(MedicationTranslator.fromFhir(key, m, links));
        } else if (resource instanceof MedicationStatement m) {
            chart.medications().add(MedicationTranslator.fromFhir(key, m, links));
        } else if (resource instanceof Immunization i) {
            chart.immunizations().add(ImmunizationTranslator.fromFhir(key, i, links));
        } else if (resource instanceof Procedure p) {
            chart.procedures().add(ProcedureTranslator.fromFhir(key, p, links));
        } else if (resource instanceof FamilyMemberHistory f) {
            chart.familyHistory().add(FamilyHistoryTranslator.fromFhir(key, f));
        } else if (resource instanceof Encounter e) {
            chart.encounters().add(EncounterTranslator.fromFhir(key, e, links));
        } else if (resource instanceof Observation o) {
            chart.observations().add(ObservationTranslator.fromFhir(key, o, links));
        } else if (resource instanceof CareTeam t) {
            chart.careTeams().add(CareTeamTranslator.fromFhir(key, t, links));
        } else if (resource instanceof CarePlan p) {
            chart.carePlans().add(CarePlanTranslator.fromFhir(key, p, links));
        } else if (resource instanceof Goal g) {
            chart.goals().add(GoalTranslator.fromFhir(key, g, links));
        } else if (resource instanceof QuestionnaireResponse q) {
            chart.questionnaireResponses().add(QuestionnaireResponseTranslator.fromFhir(key, q, links));
        } else {
            throw new IllegalArgumentException("Not part of a chart: " + entry.resourceType());
        }
    }
}
