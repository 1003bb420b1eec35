package org.careloop.patient;

import java.time.Instant;
import java.util.UUID;

/** A patient's clinical record gained entries (an EHR import stored new conditions, results, procedures, vaccines). */
public record ClinicalRecordChanged(UUID patientId, UUID practiceId, Instant at) {
}
