package org.careloop.enrollment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.enrollment.BillableEnrollment;
import org.careloop.enrollment.Consent;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.OpenEnrollment;
import org.careloop.program.CareProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored enrollments with their consents and lifecycle history. */
@Repository
public class EnrollmentRecords {

    private final JdbcClient jdbc;

    EnrollmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Enrollment e, OffsetDateTime at) {
        jdbc.sql("""
                insert into enrollment (id, patient_id, practice_id, program, complex, billing_practitioner_id, status,
                                        start_on, end_on, qmb_verified_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.patientId(), e.practiceId(), e.program().name(), e.complex(), e.billingPractitionerId(),
                        e.status().name(), e.startOn(), e.endOn(), e.qmbVerifiedOn(), at)
                .update();
    }

    public Optional<Enrollment> find(UUID id, UUID[] practices) {
        return jdbc.sql("select * from enrollment where id = ? and practice_id = any(?)").params(id, practices)
                .query((rs, n) -> rs.getObject("id", UUID.class)).optional().map(this::load);
    }

    public List<Enrollment> ofPatient(UUID patientId) {
        return jdbc.sql("select id from enrollment where patient_id = ? order by created_at desc").param(patientId)
                .query(UUID.class).list().stream().map(this::load).toList();
    }

    /** Moves the status (and the dates that go with it) if nobody changed the enrollment since {@code version}. */
    public boolean update(UUID id, int version, EnrollmentStatus status, LocalDate startOn, LocalDate endOn,
                          UUID practitioner, boolean complex, LocalDate qmbVerifiedOn) {
        return jdbc.sql("""
                update enrollment set status = ?, start_on = ?, end_on = ?, billing_practitioner_id = ?, complex = ?,
                                      qmb_verified_on = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(status.name(), startOn, endOn, practitioner, complex, qmbVerifiedOn, id, version).update() == 1;
    }

    public boolean attest(UUID id, int version, UUID provider, String note, OffsetDateTime at) {
        return jdbc.sql("update enrollment set attested_by = ?, attested_at = ?, attestation = ?, version = version + 1 where id = ? and version = ?")
                .params(provider, at, note, id, version).update() == 1;
    }

    public void recordMove(UUID id, EnrollmentStatus from, EnrollmentStatus to, String reason, UUID actor, OffsetDateTime at) {
        jdbc.sql("insert into enrollment_transition (enrollment_id, from_status, to_status, reason, actor_id, at) values (?, ?, ?, ?, ?, ?)")
                .params(id, from == null ? null : from.name(), to.name(), reason, actor, at).update();
    }

    public void insertConsent(UUID enrollmentId, Consent c, byte[] attachment, OffsetDateTime at) {
        jdbc.sql("""
                insert into consent (id, enrollment_id, billing_practitioner_id, method, obtained_on, obtained_by,
                       cost_sharing_explained, one_practitioner_explained, right_to_stop_explained,
                       electronic_sharing_authorized, language, attachment_name, attachment, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), enrollmentId, c.billingPractitionerId(), c.method().name(), c.obtainedOn(), c.obtainedBy(),
                        c.costSharingExplained(), c.onePractitionerExplained(), c.rightToStopExplained(),
                        c.electronicSharingAuthorized(), c.language(), c.attachmentName(), attachment, at)
                .update();
    }

    public void revokeConsent(UUID consentId, LocalDate on, UUID by, String reason) {
        jdbc.sql("update consent set revoked_on = ?, revoked_by = ?, revocation_reason = ? where id = ?")
                .params(on, by, reason, consentId).update();
    }

    /**
     * What billing needs about every enrollment of a practice overlapping a month, whatever its status, so the
     * billing engine can say why one without consent is not billed.
     */
    public List<BillableEnrollment> billableIn(UUID practiceId, YearMonth month) {
        return jdbc.sql("""
                select e.patient_id, e.program, e.complex, u.npi as billing_practitioner_npi, e.start_on, e.end_on,
                       e.qmb_verified_on, c.obtained_on as consent_on, c.revoked_on as consent_revoked_on, e.status
                  from enrollment e
                  join app_user u on u.id = e.billing_practitioner_id
                  left join lateral (select obtained_on, revoked_on from consent
                                      where enrollment_id = e.id and billing_practitioner_id = e.billing_practitioner_id
                                      order by obtained_on desc limit 1) c on true
                 where e.practice_id = :practice
                   and (e.start_on is null or e.start_on <= :last)
                   and (e.end_on is null or e.end_on >= :first)""")
                .param("practice", practiceId).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(BillableEnrollment.class).list();
    }

    /** Enrollments not ended, for many patients at once. */
    public List<OpenEnrollment> openFor(java.util.Collection<UUID> patients) {
        if (patients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.id as enrollment_id, e.patient_id, e.program, e.status,
                       exists (select 1 from consent c where c.enrollment_id = e.id
                                  and c.billing_practitioner_id = e.billing_practitioner_id and c.revoked_on is null) as consented
                  from enrollment e
                 where e.patient_id = any(?) and e.status <> 'DISENROLLED'""")
                .param(patients.toArray(UUID[]::new)).query(OpenEnrollment.class).list();
    }

    private Enrollment load(UUID id) {
        List<Consent> consents = jdbc.sql("""
                select id, billing_practitioner_id, method, obtained_on, obtained_by, cost_sharing_explained,
                       one_practitioner_explained, right_to_stop_explained, electronic_sharing_authorized, language,
                       attachment_name, revoked_on, revocation_reason
                  from consent where enrollment_id = ? order by obtained_on desc, recorded_at desc""")
                .param(id).query(Consent.class).list();
        List<Enrollment.Move> history = jdbc.sql("""
                select from_status as "from", to_status as "to", reason, actor_id, at
                  from enrollment_transition where enrollment_id = ? order by at, id""")
                .param(id).query(Enrollment.Move.class).list();
        return jdbc.sql("select * from enrollment where id = ?").param(id).query((rs, n) -> new Enrollment(
                id, rs.getObject("patient_id", UUID.class), rs.getObject("practice_id", UUID.class),
                CareProgram.valueOf(rs.getString("program")), rs.getBoolean("complex"),
                rs.getObject("billing_practitioner_id", UUID.class), EnrollmentStatus.valueOf(rs.getString("status")),
                rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class),
                rs.getObject("attested_by", UUID.class), rs.getObject("attested_at", OffsetDateTime.class),
                rs.getString("attestation"), rs.getObject("qmb_verified_on", LocalDate.class), rs.getInt("version"),
                consents, history)).single();
    }
}
