package org.careloop.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A positive screen nobody has followed up yet. */
public record OpenScreen(UUID patientId, UUID assessmentId, String instrumentTitle, OffsetDateTime administeredAt) {
}
