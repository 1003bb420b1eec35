package org.careloop.enrollment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.program.CareProgram;

/**
 * A patient's enrollment in one program: its billing practitioner, dates, lifecycle status, the provider's
 * attestation that the patient qualifies (the eligibility check is only a suggestion), the consents given and
 * the history of every move.
 */
public record Enrollment(UUID id, UUID patientId, UUID practiceId, CareProgram program, boolean complex,
                         UUID billingPractitionerId, EnrollmentStatus status, LocalDate startOn, LocalDate endOn,
                         UUID attestedBy, OffsetDateTime attestedAt, String attestation, LocalDate qmbVerifiedOn,
                         int version, List<Consent> consents, List<Move> history) {

    public Enrollment {
        consents = consents == null ? List.of() : List.copyOf(consents);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** One move of the lifecycle. */
    public record Move(EnrollmentStatus from, EnrollmentStatus to, String reason, UUID actorId, OffsetDateTime at) {
    }

    /** The consent that covers the current billing practitioner, if any (newest first). */
    public Optional<Consent> currentConsent() {
        return consents.stream().filter(consent -> consent.billingPractitionerId().equals(billingPractitionerId))
                .findFirst();
    }

    public boolean isAttested() {
        return attestedAt != null;
    }

    /** Why the move to {@code next} is refused now, or empty when it is allowed. */
    public Optional<String> refusalToMove(EnrollmentStatus next, LocalDate today) {
        if (!status.canMoveTo(next)) {
            return Optional.of("The " + program + " enrollment is " + status.label() + " and cannot become " + next.label());
        }
        if (next == EnrollmentStatus.ACTIVE) {
            if (!isAttested()) {
                return Optional.of("The " + program + " enrollment is " + status.label()
                        + ": a provider must attest that the patient qualifies before it becomes active");
            }
            if (currentConsent().filter(c -> c.covers(YearMonth.from(today), billingPractitionerId)).isEmpty()) {
                return Optional.of("The " + program + " enrollment is " + status.label()
                        + ": record the patient's consent for the current billing practitioner before it becomes active");
            }
        }
        return Optional.empty();
    }
}
