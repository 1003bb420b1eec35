package org.careloop.patient;

import java.util.List;

/** Everything CareLoop holds about one patient: the registry entry and the whole clinical record. */
public record PatientChart(PatientRecord patient, List<PatientProblem> problems, List<PatientAllergy> allergies,
                           List<PatientMedication> medications, List<PatientImmunization> immunizations,
                           List<PatientProcedure> procedures, List<PatientFamilyHistory> familyHistory,
                           List<PatientEncounter> encounters, List<PatientObservation> observations) {
}
