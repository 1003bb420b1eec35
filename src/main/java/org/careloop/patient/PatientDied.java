package org.careloop.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's death became known to CareLoop (recorded by the care team or sent by an EHR). Published in the
 * transaction that records it, so enrollments end, tasks are cancelled and timers stop together with the record,
 * or not at all. {@code diedOn} is null when the date is unknown.
 */
public record PatientDied(UUID patientId, UUID practiceId, LocalDate diedOn, String source, Instant recordedAt) {

    public PatientDeath death() {
        return new PatientDeath(diedOn, source);
    }
}
