package org.careloop.medication;

import java.util.List;

import org.careloop.program.CareProgram;

/**
 * A reconciliation of the current list, as the care team member signs it: {@code version} is the list it was based
 * on (the version of {@link CurrentMedications}); one answer per medication on that list; the medications the
 * patient reports besides; the minutes it took, logged as medication-reconciliation time in {@code program} (CCM when
 * not given) when given; and a note.
 */
public record Reconciliation(Integer version, List<Answer> answers, List<ReportedMedication> newMedications,
                             Integer minutes, CareProgram program, String note) {

    public Reconciliation {
        answers = answers == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
        newMedications = newMedications == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(newMedications));
    }

    /**
     * What the patient says about one medication of the list ({@code medicationId} as the current list names it):
     * the answer (a {@link PatientAnswer}), the reason (needed for any answer but taking it as prescribed) and the
     * barriers ({@link AdherenceBarrier} names). Answer and barriers are text so that a wrong one is refused naming
     * its field and the choices.
     */
    public record Answer(java.util.UUID medicationId, String answer, String reason, List<String> barriers) {

        public Answer {
            barriers = barriers == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(barriers));
        }
    }

    /**
     * A medication the patient takes that is not on the list: its name as the patient or the bottle says it, the
     * RxNorm code when known (else CareLoop codes a plain ingredient name from its class table), how the patient
     * takes it, and a note (who prescribed it, over the counter).
     */
    public record ReportedMedication(String name, String rxnormCode, String dose, String note) {
    }
}
