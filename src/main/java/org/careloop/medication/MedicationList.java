package org.careloop.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed medication list: the result of one reconciliation, numbered per patient from 1, dated, signed by the
 * care team member who did it, with every medication it reviewed and what the patient said about it. A later list
 * supersedes it; it is kept as it was signed.
 */
public record MedicationList(UUID id, UUID patientId, int number, LocalDate reconciledOn, UUID signedBy,
                             String signedByName, String signedByCredential, Instant signedAt, Integer minutes,
                             UUID timeEntryId, String note, boolean current, List<ListedMedication> medications) {

    public MedicationList {
        medications = List.copyOf(medications);
    }

    /** One medication as the list records it; {@code answer} is null for a medication newly reported by the patient. */
    public record ListedMedication(UUID id, MedicationOrigin origin, UUID importedMedicationId, String rxnormCode,
                                   String name, String dose, PatientAnswer answer, String reason,
                                   List<AdherenceBarrier> barriers, String note) {

        public ListedMedication {
            barriers = List.copyOf(barriers);
        }

        /** Whether the patient takes it (or reported it newly, taking it). */
        public boolean taking() {
            return answer == null || answer.taking();
        }

        public boolean newlyReported() {
            return answer == null;
        }
    }
}
