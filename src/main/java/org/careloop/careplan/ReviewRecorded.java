package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A periodic review as documented: the version reviewed, the day, who reviewed it, whether the plan was changed,
 * the next review date it set and the note.
 */
public record ReviewRecorded(UUID id, int version, LocalDate reviewedOn, String reviewedBy, boolean changed,
                             LocalDate nextReviewOn, String note, Instant recordedAt) {
}
