package org.careloop.patient;

import java.util.ArrayList;
import java.util.List;

import org.careloop.patient.ImportedClinicalRecords.*;

/**
 * One patient's record as it arrived from an EHR: who they are and everything recorded about them. Built by an
 * importer, stored at once by {@link ImportedRecords#store}.
 */
public record ImportedChart(ImportedPatient patient, List<ImportedCondition> conditions,
                           List<ImportedAllergy> allergies, List<ImportedMedication> medications,
                           List<ImportedImmunization> immunizations, List<ImportedProcedure> procedures,
                           List<ImportedFamilyHistory> familyHistory, List<ImportedEncounter> encounters,
                           List<ImportedObservation> observations, List<ImportedCareTeam> careTeams,
                           List<ImportedCarePlan> carePlans, List<ImportedGoal> goals,
                           List<ImportedQuestionnaireResponse> questionnaireResponses) {

    public static ImportedChart of(ImportedPatient patient) {
        return new ImportedChart(patient, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** How many records the chart holds besides the patient. */
    public int recordCount() {
        return conditions.size() + allergies.size() + medications.size() + immunizations.size() + procedures.size()
                + familyHistory.size() + encounters.size() + observations.size() + careTeams.size()
                + carePlans.size() + goals.size() + questionnaireResponses.size();
    }
}
