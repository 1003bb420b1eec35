package org.careloop.education;

import java.time.Instant;
import java.util.UUID;

/** A patient copy that left by e-mail: for which assignment, to which address, when. */
public record EmailedCopy(UUID assignmentId, String sentTo, Instant sentAt) {
}
