package org.careloop.patient;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An observation with its provenance: where it came from, who entered it and when, and — when it was marked in
 * error — the correction: why, by whom and when. {@code version} guards the correction against a concurrent one.
 */
public record RecordedObservation(PatientObservation observation, ObservationSource source, UUID enteredBy,
                                  OffsetDateTime enteredAt, String inErrorReason, UUID inErrorBy,
                                  OffsetDateTime inErrorAt, int version) {

    /** FHIR's status for a result that should not have been recorded. */
    public static final String ENTERED_IN_ERROR = "entered-in-error";

    public UUID id() {
        return observation.id();
    }

    public boolean inError() {
        return ENTERED_IN_ERROR.equals(observation.status());
    }
}
