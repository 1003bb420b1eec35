package org.careloop.medication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The patient's current medication list with the warnings on it. {@code version} is the number of the last signed
 * list (0 before the first reconciliation); a reconciliation names the version it was based on. {@code classTable}
 * names the version of the class table the checks read.
 */
public record CurrentMedications(UUID patientId, int version, LocalDate reconciledOn, String reconciledBy,
                                 List<CurrentMedication> medications, List<MedicationWarning> warnings,
                                 String classTable) {

    public CurrentMedications {
        medications = List.copyOf(medications);
        warnings = List.copyOf(warnings);
    }

    /** Whether a signed list exists: before that the list is the EHR's active prescriptions, unreconciled. */
    @JsonProperty
    public boolean reconciled() {
        return version > 0;
    }

    /** The medications the patient takes, or is believed to take. */
    public List<CurrentMedication> taking() {
        return medications.stream().filter(CurrentMedication::taking).toList();
    }

    /** The medications the patient said they do not take, still prescribed. */
    public List<CurrentMedication> notTaking() {
        return medications.stream().filter(m -> !m.taking()).toList();
    }
}
