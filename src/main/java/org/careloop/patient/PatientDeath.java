package org.careloop.patient;

import java.time.LocalDate;

/**
 * That the patient died, and how CareLoop knows: {@code diedOn} is null when the source said the patient died but
 * not when (a FHIR {@code deceasedBoolean}); {@code source} names who told us ("EHR import", "recorded by Dana
 * Rivera, RN: daughter phoned").
 */
public record PatientDeath(LocalDate diedOn, String source) {

    public boolean dateKnown() {
        return diedOn != null;
    }

    /** What the chart's banner says: "Deceased on 2024-03-05 (EHR import)". */
    public String banner() {
        return (diedOn == null ? "Deceased, date of death unknown" : "Deceased on " + diedOn)
                + (source == null || source.isBlank() ? "" : " (" + source + ")");
    }

    /** Why care work is refused: "the patient died on 2024-03-05". */
    public String reason() {
        return diedOn == null ? "the patient has died (date unknown)" : "the patient died on " + diedOn;
    }
}
