package org.careloop.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.audit.AuditAction;
import org.careloop.enrollment.internal.EnrollmentRecords;
import org.careloop.enrollment.internal.EnrollmentRules;
import org.careloop.enrollment.internal.ProgramEnrollment;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.program.CareProgram;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientDied;
import org.careloop.patient.PatientGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling patients in programs and moving them through referred, eligible, consent pending, active, paused and
 * disenrolled — every move with a reason, an actor and a time. Consent is recorded per billing practitioner;
 * changing the practitioner asks for a new consent; revoking consent ends the enrollment at the end of that month.
 */
@Service
public class ProgramEnrollments {

    static final String RESOURCE = "EpisodeOfCare";

    /** What a new enrollment needs. */
    public record Referral(CareProgram program, boolean complex, UUID billingPractitionerId, LocalDate startOn,
                           String reason, LocalDate qmbVerifiedOn) {
    }

    /** A consent as the care manager records it. */
    public record ConsentGiven(Consent.ConsentMethod method, LocalDate obtainedOn, Boolean costSharingExplained,
                               Boolean onePractitionerExplained, Boolean rightToStopExplained,
                               Boolean electronicSharingAuthorized, String language, String attachmentName,
                               byte[] attachment) {
    }

    private final EnrollmentRecords records;
    private final PatientGate gate;
    private final Callers callers;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgramEnrollments(EnrollmentRecords records, PatientGate gate, Callers callers, Staff staff,
                       ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.gate = gate;
        this.callers = callers;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Enrollment refer(UUID patientId, Referral referral) {
        return gate.create(patientId, RESOURCE, access -> refer(access, referral), Enrollment::id);
    }

    private Enrollment refer(PatientAccess access, Referral referral) {
        gate.refuseIfDeceased(access, "refer the patient to " + (referral.program() == null ? "a program" : referral.program()));
        Map<String, String> problems = new LinkedHashMap<>();
        if (referral.program() == null) {
            problems.put("program", "is required: one of CCM, PCM, RPM, BHI, TCM, APCM");
        }
        if (!isProviderOf(access.practiceId(), referral.billingPractitionerId())) {
            problems.put("billingPractitionerId", "must be a provider (billing practitioner) of the patient's practice");
        }
        if (referral.complex() && referral.program() != CareProgram.CCM) {
            problems.put("complex", "applies to CCM only");
        }
        EnrollmentRules.refuse(problems);
        boolean alreadyOpen = records.ofPatient(access.patientId()).stream().anyMatch(e -> e.program() == referral.program()
                && e.status() != EnrollmentStatus.DISENROLLED);
        if (alreadyOpen) {
            throw new RefusedTransition("The patient already has an open " + referral.program() + " enrollment");
        }
        ProgramEnrollment referred = ProgramEnrollment.refer(access.patientId(), access.practiceId(), referral.program(),
                referral.complex(), referral.billingPractitionerId(), referral.startOn(), referral.qmbVerifiedOn(),
                referral.reason(), callers.current().userId(), now());
        records.save(referred, now());
        referred.pullEvents().forEach(events::publishEvent);
        return reload(referred.id());
    }

    public List<Enrollment> of(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        return records.ofPatient(patientId);
    }

    /**
     * The patient's enrollments, for a module that has already opened the patient through the gate (a care team
     * naming the billing practitioners): the access is on the trail, so nothing more is recorded.
     */
    public List<Enrollment> of(PatientAccess access) {
        return records.ofPatient(access.patientId());
    }

    public Enrollment find(UUID enrollmentId) {
        Enrollment enrollment = records.find(enrollmentId, callers.current().practiceArray())
                .orElseThrow(() -> notFound(enrollmentId));
        gate.open(enrollment.patientId(), AuditAction.READ, RESOURCE, enrollmentId);
        return enrollment;
    }

    /** A provider of the practice attests that the patient qualifies; a referred enrollment becomes eligible. */
    @Transactional
    public Enrollment attest(UUID enrollmentId, int version, String note) {
        ProgramEnrollment enrollment = load(enrollmentId);
        Caller caller = callers.current();
        if (!caller.hasRole(Role.PROVIDER)) {
            throw new RefusedTransition("Only a provider can attest that the patient qualifies for " + enrollment.program());
        }
        enrollment.attest(version, caller.userId(), note, today(), now());
        return saved(enrollment);
    }

    @Transactional
    public Enrollment moveTo(UUID enrollmentId, int version, EnrollmentStatus next, String reason) {
        ProgramEnrollment enrollment = load(enrollmentId);
        enrollment.moveTo(version, next, reason, callers.current().userId(), today(), now());
        return saved(enrollment);
    }

    /** Records consent for the current billing practitioner; an attested enrollment becomes active. */
    @Transactional
    public Enrollment recordConsent(UUID enrollmentId, ConsentGiven given) {
        ProgramEnrollment enrollment = load(enrollmentId);
        enrollment.recordConsent(given, callers.current().userId(), today(), now());
        return saved(enrollment);
    }

    /** The patient stops: revocation takes effect at the end of that month (CMS), and the enrollment ends then. */
    @Transactional
    public Enrollment revokeConsent(UUID enrollmentId, LocalDate revokedOn, String reason) {
        ProgramEnrollment enrollment = load(enrollmentId);
        enrollment.revokeConsent(revokedOn, reason, callers.current().userId(), today(), now());
        return saved(enrollment);
    }

    /** A new billing practitioner needs a new consent: an active enrollment waits for it. */
    @Transactional
    public Enrollment changeBillingPractitioner(UUID enrollmentId, int version, UUID practitionerId, String reason) {
        ProgramEnrollment enrollment = load(enrollmentId);
        if (!isProviderOf(enrollment.view().practiceId(), practitionerId)) {
            throw new InvalidRequest("Invalid billingPractitionerId",
                    Map.of("billingPractitionerId", "must be a provider (billing practitioner) of the patient's practice"));
        }
        enrollment.changeBillingPractitioner(version, practitionerId, reason, callers.current().userId(), today(), now());
        return saved(enrollment);
    }

    /**
     * The patient died: every enrollment not yet ended ends effective the day of death with the reason "Patient
     * died", recorded as the system's change (whoever or whatever reported the death).
     */
    @EventListener
    void on(PatientDied died) {
        UUID[] practice = {died.practiceId()};
        UUID by = callers.find().map(Caller::userId).orElse(null);
        for (Enrollment open : records.ofPatient(died.patientId())) {
            if (open.status() == EnrollmentStatus.DISENROLLED) {
                continue;
            }
            ProgramEnrollment enrollment = records.load(open.id(), practice).orElseThrow();
            enrollment.endForDeath(died.diedOn(), by, today(), now());
            records.save(enrollment, now());
            gate.recordSystemChange(died.patientId(), died.practiceId(), AuditAction.UPDATE, RESOURCE, open.id());
            enrollment.pullEvents().forEach(events::publishEvent);
        }
    }

    /** Every enrollment of a practice that may bill in a month (for the billing month close). */
    public List<BillableEnrollment> billableIn(UUID practiceId, YearMonth month) {
        return records.billableIn(practiceId, month);
    }

    /** Enrollments not ended, for many patients at once (no audit: the list that shows them audits its read). */
    public List<OpenEnrollment> openFor(Collection<UUID> patients) {
        return records.openFor(patients);
    }

    private ProgramEnrollment load(UUID enrollmentId) {
        return records.load(enrollmentId, callers.current().practiceArray()).orElseThrow(() -> notFound(enrollmentId));
    }

    /** Stores the moves, audits the change, tells the other modules, and answers the enrollment as now stored. */
    private Enrollment saved(ProgramEnrollment enrollment) {
        records.save(enrollment, now());
        Enrollment stored = reload(enrollment.id());
        gate.open(stored.patientId(), AuditAction.UPDATE, RESOURCE, stored.id());
        enrollment.pullEvents().forEach(events::publishEvent);
        return stored;
    }

    private Enrollment reload(UUID id) {
        return records.find(id, callers.current().practiceArray()).orElseThrow();
    }

    private static NotFound notFound(UUID enrollmentId) {
        return new NotFound("No enrollment " + enrollmentId);
    }

    private boolean isProviderOf(UUID practice, UUID practitionerId) {
        return practitionerId != null && staff.inPractice(practice, Role.PROVIDER).stream()
                .anyMatch(person -> person.id().equals(practitionerId) && person.npi() != null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
