package org.careloop.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** That a patient was given an instrument, and when. */
public record Administered(UUID patientId, String instrument, String instrumentTitle, OffsetDateTime administeredAt) {
}
