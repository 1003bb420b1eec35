package org.careloop.enrollment.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which patients of a practice stand where in enrollment, as sets of patient ids a list narrows itself to. */
@Repository
public class EnrollmentSets {

    /** Not ended, and without a consent for the current billing practitioner (a paused one waits for nothing). */
    private static final String AWAITING_CONSENT = """
            e.status not in ('DISENROLLED', 'PAUSED')
               and not exists (select 1 from consent c where c.enrollment_id = e.id
                                  and c.billing_practitioner_id = e.billing_practitioner_id and c.revoked_on is null)""";

    private final JdbcClient jdbc;

    EnrollmentSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Patients with an enrollment not ended, in the program or (null) in any. */
    public Set<UUID> withOpenEnrollment(UUID practiceId, CareProgram program) {
        return new HashSet<>(jdbc.sql("""
                select distinct e.patient_id from enrollment e
                 where e.practice_id = ? and e.status <> 'DISENROLLED'
                   and (cast(? as text) is null or e.program = ?)""")
                .params(practiceId, program == null ? null : program.name(), program == null ? null : program.name())
                .query(UUID.class).list());
    }

    /** Which of these patients have an enrollment not ended. */
    public Set<UUID> withOpenEnrollment(Collection<UUID> patients) {
        return new HashSet<>(jdbc.sql("select distinct patient_id from enrollment where patient_id = any(?) and status <> 'DISENROLLED'")
                .param(patients.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Patients with an enrollment still waiting for their consent. */
    public Set<UUID> awaitingConsent(UUID practiceId) {
        return new HashSet<>(jdbc.sql("select distinct e.patient_id from enrollment e where e.practice_id = ? and "
                + AWAITING_CONSENT).param(practiceId).query(UUID.class).list());
    }
}
