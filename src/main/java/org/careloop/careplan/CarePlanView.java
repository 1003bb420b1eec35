package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.program.CareProgram;

/**
 * A care plan as the care team reads it. {@code version} must be sent back with a revision. {@code establishedOn}
 * is the date a provider first signed it; {@code lastSignature} is null until then. {@code reviews} are the periodic
 * reviews documented, oldest first.
 */
public record CarePlanView(UUID id, UUID patientId, UUID practiceId, CareProgram program, CarePlanStatus status,
                           int version, SignOff signOff, Instant signOffRequestedAt, String signOffRequestedBy,
                           LocalDate establishedOn, Signature lastSignature, CarePlanContent content,
                           List<CopyGiven> copiesGiven, List<ReviewRecorded> reviews, Instant createdAt) {

    public CarePlanView {
        copiesGiven = List.copyOf(copiesGiven);
        reviews = List.copyOf(reviews);
    }

    /** The latest review documented, if any (by review date, then as recorded). */
    public java.util.Optional<ReviewRecorded> lastReview() {
        return reviews.stream().reduce((a, b) -> b.reviewedOn().isBefore(a.reviewedOn()) ? a : b);
    }
}
