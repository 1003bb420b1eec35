package org.careloop.medication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One medication on the patient's current list. {@code id} is what a reconciliation answers it by: the item of the
 * last signed list, or the EHR's prescription when it was never reviewed ({@code lastAnswer} and {@code reviewedOn}
 * null). {@code taking} says whether it counts in the checks: an unreviewed prescription, a medication the patient
 * takes or reported taking. {@code drugClasses} are the classes of CareLoop's table it belongs to.
 */
public record CurrentMedication(UUID id, MedicationOrigin origin, UUID importedMedicationId, String rxnormCode,
                                String name, String dose, OffsetDateTime prescribedAt, boolean taking,
                                PatientAnswer lastAnswer, String lastReason, List<AdherenceBarrier> barriers,
                                LocalDate reviewedOn, List<String> drugClasses) {

    public CurrentMedication {
        barriers = List.copyOf(barriers);
        drugClasses = List.copyOf(drugClasses);
    }

    /** Whether a signed list ever covered it. */
    @JsonProperty
    public boolean reviewed() {
        return reviewedOn != null;
    }
}
