package org.careloop.enrollment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.enrollment.Consent;
import org.careloop.enrollment.Enrollment;

/**
 * What an enrollment's moves left to store: a new enrollment (else the version it was loaded at, which must still
 * be the stored one), the consents recorded and revoked and the moves made since.
 */
record EnrollmentChanges(boolean referred, int loadedVersion, List<NewConsent> consents, List<Revocation> revocations,
                         List<Enrollment.Move> moves) {

    /** A consent recorded, with its scanned form if any. */
    record NewConsent(Consent consent, byte[] attachment) {
    }

    /** A consent the patient withdrew. */
    record Revocation(UUID consentId, LocalDate revokedOn, UUID revokedBy, String reason) {
    }
}
