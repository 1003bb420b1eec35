package org.careloop.medication;

import java.util.List;
import java.util.UUID;

/**
 * Something on the list a nurse should act on, found by a named check ({@code DuplicateTherapy}, {@code RefillsDue})
 * under one of its rules, said in a nurse's words ({@code message}) with the guideline or data it rests on
 * ({@code source}) and the medications it is about.
 */
public record MedicationWarning(String check, String rule, String title, String message, String source,
                                List<UUID> medicationIds) {

    public MedicationWarning {
        medicationIds = List.copyOf(medicationIds);
    }
}
