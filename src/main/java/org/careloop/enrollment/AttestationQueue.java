package org.careloop.enrollment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.careloop.identity.Caller;
import org.careloop.program.CareProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Enrollments of the caller's practices still waiting for a provider to attest that the patient qualifies: not
 * ended and never attested (referred, or consent pending with the consent already on file). Oldest referral first.
 * Nothing is audited here: the inbox that shows these patients records what it shows. Attesting is
 * {@link ProgramEnrollments#attest}.
 */
@Service
public class AttestationQueue {

    /** One enrollment to attest; {@code version} goes back with the attestation. */
    public record AwaitingAttestation(UUID enrollmentId, UUID patientId, UUID practiceId, CareProgram program,
                                      boolean complex, EnrollmentStatus status, UUID billingPractitionerId,
                                      OffsetDateTime referredAt, int version) {

        /** Whether the caller is the enrollment's billing practitioner. */
        public boolean billedBy(UUID providerId) {
            return providerId != null && providerId.equals(billingPractitionerId);
        }
    }

    private final JdbcClient jdbc;

    AttestationQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AwaitingAttestation> forProvider(Caller provider) {
        if (provider.practiceIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, patient_id, practice_id, program, complex, status, billing_practitioner_id,
                       created_at, version
                  from enrollment
                 where practice_id = any(?) and attested_at is null and status <> 'DISENROLLED'
                 order by created_at, id""")
                .param(provider.practiceArray())
                .query((rs, n) -> new AwaitingAttestation(rs.getObject("id", UUID.class),
                        rs.getObject("patient_id", UUID.class), rs.getObject("practice_id", UUID.class),
                        CareProgram.valueOf(rs.getString("program")), rs.getBoolean("complex"),
                        EnrollmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("billing_practitioner_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version")))
                .list();
    }
}
