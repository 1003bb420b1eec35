package org.careloop.careplan;

import java.time.LocalDate;

/**
 * Something someone will do for a problem: the {@code responsibleParty} (and, when known, the person or
 * organization by name) and the date it is due.
 */
public record PlanIntervention(String id, String problemId, String description, ResponsibleParty responsibleParty,
                               String responsibleName, LocalDate dueOn) {

    PlanIntervention withId(String newId) {
        return new PlanIntervention(newId, problemId, description, responsibleParty, responsibleName, dueOn);
    }
}
