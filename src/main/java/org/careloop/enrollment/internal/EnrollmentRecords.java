package org.careloop.enrollment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.enrollment.BillableEnrollment;
import org.careloop.enrollment.Consent;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.OpenEnrollment;
import org.careloop.program.CareProgram;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored enrollments with their consents and lifecycle history. */
@Repository
public class EnrollmentRecords {

    private final JdbcClient jdbc;
    private final Staff staff;

    EnrollmentRecords(JdbcClient jdbc, Staff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    public Optional<Enrollment> find(UUID id, UUID[] practices) {
        return jdbc.sql("select * from enrollment where id = ? and practice_id = any(?)").params(id, practices)
                .query((rs, n) -> rs.getObject("id", UUID.class)).optional().map(this::load);
    }

    public List<Enrollment> ofPatient(UUID patientId) {
        return jdbc.sql("select id from enrollment where patient_id = ? order by created_at desc").param(patientId)
                .query(UUID.class).list().stream().map(this::load).toList();
    }

    /** The enrollment, ready for its next move. */
    public Optional<ProgramEnrollment> load(UUID id, UUID[] practices) {
        return find(id, practices).map(ProgramEnrollment::of);
    }

    /**
     * Writes what the enrollment's moves changed: its state (if nobody changed it since it was loaded, else
     * {@link org.careloop.StaleVersion}), the consents recorded or revoked and the moves made.
     */
    public void save(ProgramEnrollment enrollment, OffsetDateTime at) {
        Enrollment e = enrollment.view();
        EnrollmentChanges unsaved = enrollment.changes();
        if (unsaved.referred()) {
            jdbc.sql("""
                    insert into enrollment (id, patient_id, practice_id, program, complex, billing_practitioner_id,
                                            status, start_on, end_on, qmb_verified_on, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.id(), e.patientId(), e.practiceId(), e.program().name(), e.complex(),
                            e.billingPractitionerId(), e.status().name(), e.startOn(), e.endOn(), e.qmbVerifiedOn(), at)
                    .update();
        } else if (jdbc.sql("""
                update enrollment set status = ?, start_on = ?, end_on = ?, billing_practitioner_id = ?,
                                      attested_by = ?, attested_at = ?, attestation = ?, version = ?
                 where id = ? and version = ?""")
                .params(e.status().name(), e.startOn(), e.endOn(), e.billingPractitionerId(), e.attestedBy(),
                        e.attestedAt(), e.attestation(), e.version(), e.id(), unsaved.loadedVersion())
                .update() != 1) {
            throw enrollment.stale();
        }
        unsaved.consents().forEach(added -> insertConsent(e.id(), added.consent(), added.attachment(), at));
        unsaved.revocations().forEach(r -> jdbc.sql("""
                update consent set revoked_on = ?, revoked_by = ?, revocation_reason = ? where id = ?""")
                .params(r.revokedOn(), r.revokedBy(), r.reason(), r.consentId()).update());
        unsaved.moves().forEach(move -> jdbc.sql("""
                insert into enrollment_transition (enrollment_id, from_status, to_status, reason, actor_id, at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(e.id(), move.from() == null ? null : move.from().name(), move.to().name(), move.reason(),
                        move.actorId(), move.at())
                .update());
    }

    private void insertConsent(UUID enrollmentId, Consent c, byte[] attachment, OffsetDateTime at) {
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

    /**
     * What billing needs about every enrollment of a practice overlapping a month, whatever its status, so the
     * billing engine can say why one without consent is not billed.
     */
    public List<BillableEnrollment> billableIn(UUID practiceId, YearMonth month) {
        Map<UUID, String> npis = new HashMap<>();
        staff.inPractice(practiceId, Role.PROVIDER).forEach(provider -> npis.put(provider.id(), provider.npi()));
        return jdbc.sql("""
                select e.patient_id, e.program, e.complex, e.billing_practitioner_id, e.start_on, e.end_on,
                       e.qmb_verified_on, c.obtained_on as consent_on, c.revoked_on as consent_revoked_on, e.status,
                       e.attested_at is not null as attested
                  from enrollment e
                  left join lateral (select obtained_on, revoked_on from consent
                                      where enrollment_id = e.id and billing_practitioner_id = e.billing_practitioner_id
                                      order by obtained_on desc limit 1) c on true
                 where e.practice_id = :practice
                   and (e.start_on is null or e.start_on <= :last)
                   and (e.end_on is null or e.end_on >= :first)""")
                .param("practice", practiceId).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query((rs, n) -> new BillableEnrollment(rs.getObject("patient_id", UUID.class), CareProgram.valueOf(rs.getString("program")),
                        rs.getBoolean("complex"), npiOf(npis, rs.getObject("billing_practitioner_id", UUID.class)),
                        rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class),
                        rs.getObject("qmb_verified_on", LocalDate.class), rs.getObject("consent_on", LocalDate.class),
                        rs.getObject("consent_revoked_on", LocalDate.class), EnrollmentStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("attested")))
                .list();
    }

    /** The practitioner's NPI from the identity module (a provider who left the practice is looked up alone). */
    private String npiOf(Map<UUID, String> npis, UUID practitionerId) {
        return npis.computeIfAbsent(practitionerId, id -> staff.find(id).map(Staff.Person::npi).orElse(null));
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
