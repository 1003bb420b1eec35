package org.careloop.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.enrollment.EnrollmentEvents.BillingPractitionerChanged;
import org.careloop.enrollment.EnrollmentEvents.ConsentRecorded;
import org.careloop.enrollment.EnrollmentEvents.ConsentRevoked;
import org.careloop.enrollment.EnrollmentEvents.EnrollmentMoved;
import org.careloop.enrollment.EnrollmentEvents.PatientReferred;
import org.careloop.enrollment.internal.EnrollmentRecords;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientScope;
import org.careloop.program.CareProgram;
import org.springframework.context.ApplicationEventPublisher;
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
    private final PatientScope scope;
    private final Callers callers;
    private final Staff staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgramEnrollments(EnrollmentRecords records, PatientScope scope, Callers callers, Staff staff, AuditTrail audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.scope = scope;
        this.callers = callers;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Enrollment refer(UUID patientId, Referral referral, AuditChannel channel) {
        UUID practice = scope.practiceOf(patientId, AuditAction.CREATE, channel, RESOURCE);
        Map<String, String> problems = new LinkedHashMap<>();
        if (referral.program() == null) {
            problems.put("program", "is required: one of CCM, PCM, RPM, BHI, TCM, APCM");
        }
        if (!isProviderOf(practice, referral.billingPractitionerId())) {
            problems.put("billingPractitionerId", "must be a provider (billing practitioner) of the patient's practice");
        }
        if (referral.complex() && referral.program() != CareProgram.CCM) {
            problems.put("complex", "applies to CCM only");
        }
        refuse(problems);
        boolean alreadyOpen = records.ofPatient(patientId).stream().anyMatch(e -> e.program() == referral.program()
                && e.status() != EnrollmentStatus.DISENROLLED);
        if (alreadyOpen) {
            throw new RefusedTransition("The patient already has an open " + referral.program() + " enrollment");
        }
        Enrollment enrollment = new Enrollment(UUID.randomUUID(), patientId, practice, referral.program(), referral.complex(),
                referral.billingPractitionerId(), EnrollmentStatus.REFERRED, referral.startOn(), null, null, null, null,
                referral.qmbVerifiedOn(), 0, List.of(), List.of());
        records.insert(enrollment, now());
        records.recordMove(enrollment.id(), null, EnrollmentStatus.REFERRED,
                blankTo(referral.reason(), "referred for " + referral.program()), callers.current().userId(), now());
        audit.record(PatientDataAccess.of(AuditAction.CREATE, channel, practice, patientId, RESOURCE, enrollment.id()));
        events.publishEvent(new PatientReferred(enrollment.id(), patientId, practice, referral.program()));
        return reload(enrollment.id());
    }

    public List<Enrollment> of(UUID patientId, AuditChannel channel) {
        UUID practice = scope.practiceOf(patientId, AuditAction.READ, channel, RESOURCE);
        audit.record(PatientDataAccess.of(AuditAction.READ, channel, practice, patientId, RESOURCE, null));
        return records.ofPatient(patientId);
    }

    public Enrollment find(UUID enrollmentId, AuditChannel channel) {
        Enrollment enrollment = visible(enrollmentId);
        audit.record(PatientDataAccess.of(AuditAction.READ, channel, enrollment.practiceId(), enrollment.patientId(), RESOURCE, enrollmentId));
        return enrollment;
    }

    /** A provider of the practice attests that the patient qualifies; a referred enrollment becomes eligible. */
    @Transactional
    public Enrollment attest(UUID enrollmentId, int version, String note, AuditChannel channel) {
        Enrollment enrollment = visible(enrollmentId);
        Caller caller = callers.current();
        if (!caller.hasRole(Role.PROVIDER)) {
            throw new RefusedTransition("Only a provider can attest that the patient qualifies for " + enrollment.program());
        }
        if (!records.attest(enrollmentId, version, caller.userId(), blankTo(note, "qualifies for " + enrollment.program()), now())) {
            throw stale(enrollment);
        }
        Enrollment attested = reload(enrollmentId);
        if (attested.status() == EnrollmentStatus.REFERRED) {
            attested = move(attested, EnrollmentStatus.ELIGIBLE, "provider attested eligibility");
        }
        if (attested.currentConsent().isPresent() && attested.status().canMoveTo(EnrollmentStatus.ACTIVE)
                && attested.refusalToMove(EnrollmentStatus.ACTIVE, today()).isEmpty()) {
            attested = move(attested, EnrollmentStatus.ACTIVE, "attested and consented");
        }
        auditWrite(attested, channel);
        return attested;
    }

    @Transactional
    public Enrollment moveTo(UUID enrollmentId, int version, EnrollmentStatus next, String reason, AuditChannel channel) {
        Enrollment enrollment = visible(enrollmentId);
        if (enrollment.version() != version) {
            throw stale(enrollment);
        }
        if (next == null || reason == null || reason.isBlank()) {
            Map<String, String> problems = new LinkedHashMap<>();
            if (next == null) {
                problems.put("to", "is required");
            }
            if (reason == null || reason.isBlank()) {
                problems.put("reason", "is required: every move of an enrollment records why");
            }
            refuse(problems);
        }
        enrollment.refusalToMove(next, today()).ifPresent(refusal -> {
            throw new RefusedTransition(refusal);
        });
        Enrollment moved = move(enrollment, next, reason.trim());
        auditWrite(moved, channel);
        return moved;
    }

    /** Records consent for the current billing practitioner; an attested enrollment becomes active. */
    @Transactional
    public Enrollment recordConsent(UUID enrollmentId, ConsentGiven given, AuditChannel channel) {
        Enrollment enrollment = visible(enrollmentId);
        if (enrollment.status() == EnrollmentStatus.DISENROLLED) {
            throw new RefusedTransition("The " + enrollment.program() + " enrollment is disenrolled; refer the patient again");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (given.method() == null) {
            problems.put("method", "is required: VERBAL or WRITTEN");
        }
        if (given.obtainedOn() == null) {
            problems.put("obtainedOn", "is required");
        } else if (given.obtainedOn().isAfter(today())) {
            problems.put("obtainedOn", "cannot be in the future");
        }
        requireTrue(problems, "disclosures.costSharing", given.costSharingExplained(), "the patient must be told that cost sharing applies");
        requireTrue(problems, "disclosures.onePractitionerPerMonth", given.onePractitionerExplained(), "the patient must be told that only one practitioner can bill this service in a month");
        requireTrue(problems, "disclosures.rightToStop", given.rightToStopExplained(), "the patient must be told they may stop at any time, effective at the end of the month");
        requireTrue(problems, "disclosures.electronicSharing", given.electronicSharingAuthorized(), "the patient must authorize electronic sharing of their information");
        refuse(problems);
        Consent consent = new Consent(UUID.randomUUID(), enrollment.billingPractitionerId(), given.method(), given.obtainedOn(),
                callers.current().userId(), true, true, true, true, given.language(), given.attachmentName(), null, null);
        records.insertConsent(enrollmentId, consent, given.attachment(), now());
        Enrollment consented = reload(enrollmentId);
        if (consented.refusalToMove(EnrollmentStatus.ACTIVE, today()).isEmpty()) {
            consented = move(consented, EnrollmentStatus.ACTIVE, "consent recorded (" + given.method().name().toLowerCase() + ")");
            if (consented.startOn() == null) {
                records.update(consented.id(), consented.version(), consented.status(), given.obtainedOn(), consented.endOn(),
                        consented.billingPractitionerId(), consented.complex(), consented.qmbVerifiedOn());
                consented = reload(enrollmentId);
            }
        } else if (consented.status() == EnrollmentStatus.REFERRED || consented.status() == EnrollmentStatus.ELIGIBLE) {
            consented = move(consented, EnrollmentStatus.CONSENT_PENDING, "consent recorded, waiting for the provider's attestation");
        }
        auditWrite(consented, channel);
        events.publishEvent(new ConsentRecorded(enrollmentId, consented.patientId(), consented.program(), given.obtainedOn()));
        return consented;
    }

    /** The patient stops: revocation takes effect at the end of that month (CMS), and the enrollment ends then. */
    @Transactional
    public Enrollment revokeConsent(UUID enrollmentId, LocalDate revokedOn, String reason, AuditChannel channel) {
        Enrollment enrollment = visible(enrollmentId);
        Consent consent = enrollment.currentConsent().filter(c -> !c.isRevoked())
                .orElseThrow(() -> new RefusedTransition("The " + enrollment.program() + " enrollment has no consent to revoke"));
        if (revokedOn == null) {
            throw new InvalidRequest("Invalid revokedOn", Map.of("revokedOn", "is required"));
        }
        LocalDate effectiveEnd = YearMonth.from(revokedOn).atEndOfMonth();
        records.revokeConsent(consent.id(), revokedOn, callers.current().userId(), blankTo(reason, "patient asked to stop"));
        records.update(enrollment.id(), enrollment.version(), enrollment.status(), enrollment.startOn(), effectiveEnd,
                enrollment.billingPractitionerId(), enrollment.complex(), enrollment.qmbVerifiedOn());
        Enrollment ended = move(reload(enrollmentId), EnrollmentStatus.DISENROLLED,
                "consent revoked on " + revokedOn + ", effective at the end of " + YearMonth.from(revokedOn));
        auditWrite(ended, channel);
        events.publishEvent(new ConsentRevoked(enrollmentId, ended.patientId(), ended.program(), revokedOn, effectiveEnd));
        return ended;
    }

    /** A new billing practitioner needs a new consent: an active enrollment waits for it. */
    @Transactional
    public Enrollment changeBillingPractitioner(UUID enrollmentId, int version, UUID practitionerId, String reason,
                                                AuditChannel channel) {
        Enrollment enrollment = visible(enrollmentId);
        if (!isProviderOf(enrollment.practiceId(), practitionerId)) {
            throw new InvalidRequest("Invalid billingPractitionerId",
                    Map.of("billingPractitionerId", "must be a provider (billing practitioner) of the patient's practice"));
        }
        if (practitionerId.equals(enrollment.billingPractitionerId())) {
            throw new InvalidRequest("Same practitioner", Map.of("billingPractitionerId", "is already the billing practitioner"));
        }
        if (!records.update(enrollmentId, version, enrollment.status(), enrollment.startOn(), enrollment.endOn(),
                practitionerId, enrollment.complex(), enrollment.qmbVerifiedOn())) {
            throw stale(enrollment);
        }
        Enrollment changed = reload(enrollmentId);
        if (changed.status() == EnrollmentStatus.ACTIVE || changed.status() == EnrollmentStatus.PAUSED) {
            changed = move(changed, EnrollmentStatus.CONSENT_PENDING,
                    blankTo(reason, "billing practitioner changed") + "; the patient must consent again for the new practitioner");
        }
        auditWrite(changed, channel);
        events.publishEvent(new BillingPractitionerChanged(enrollmentId, changed.patientId(), enrollment.billingPractitionerId(), practitionerId));
        return changed;
    }

    /** Every enrollment of a practice that may bill in a month (for the billing month close). */
    public List<BillableEnrollment> billableIn(UUID practiceId, YearMonth month) {
        return records.billableIn(practiceId, month);
    }

    /** Enrollments not ended, for many patients at once (no audit: the list that shows them audits its read). */
    public List<OpenEnrollment> openFor(java.util.Collection<UUID> patients) {
        return records.openFor(patients);
    }

    private Enrollment move(Enrollment enrollment, EnrollmentStatus next, String reason) {
        LocalDate start = next == EnrollmentStatus.ACTIVE && enrollment.startOn() == null ? today() : enrollment.startOn();
        LocalDate end = next == EnrollmentStatus.DISENROLLED && enrollment.endOn() == null ? today() : enrollment.endOn();
        if (!records.update(enrollment.id(), enrollment.version(), next, start, end, enrollment.billingPractitionerId(),
                enrollment.complex(), enrollment.qmbVerifiedOn())) {
            throw stale(enrollment);
        }
        records.recordMove(enrollment.id(), enrollment.status(), next, reason, callers.current().userId(), now());
        events.publishEvent(new EnrollmentMoved(enrollment.id(), enrollment.patientId(), enrollment.status(), next, reason));
        return reload(enrollment.id());
    }

    private Enrollment visible(UUID enrollmentId) {
        return records.find(enrollmentId, callers.current().practiceArray())
                .orElseThrow(() -> new NotFound("No enrollment " + enrollmentId));
    }

    private Enrollment reload(UUID id) {
        return records.find(id, callers.current().practiceArray()).orElseThrow();
    }

    private boolean isProviderOf(UUID practice, UUID practitionerId) {
        return practitionerId != null && staff.inPractice(practice, Role.PROVIDER).stream()
                .anyMatch(person -> person.id().equals(practitionerId) && person.npi() != null);
    }

    private void auditWrite(Enrollment enrollment, AuditChannel channel) {
        audit.record(PatientDataAccess.of(AuditAction.UPDATE, channel, enrollment.practiceId(), enrollment.patientId(),
                RESOURCE, enrollment.id()));
    }

    private static StaleVersion stale(Enrollment enrollment) {
        return new StaleVersion("The " + enrollment.program() + " enrollment was changed by someone else; reload it", enrollment.version());
    }

    private static void requireTrue(Map<String, String> problems, String field, Boolean value, String message) {
        if (!Boolean.TRUE.equals(value)) {
            problems.put(field, message);
        }
    }

    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
