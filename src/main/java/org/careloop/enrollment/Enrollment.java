package org.careloop.enrollment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
}
