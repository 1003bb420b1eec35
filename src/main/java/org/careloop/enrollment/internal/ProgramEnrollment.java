package org.careloop.enrollment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.enrollment.Consent;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentEvents.BillingPractitionerChanged;
import org.careloop.enrollment.EnrollmentEvents.ConsentRecorded;
import org.careloop.enrollment.EnrollmentEvents.ConsentRevoked;
import org.careloop.enrollment.EnrollmentEvents.EligibilityAttested;
import org.careloop.enrollment.EnrollmentEvents.EnrollmentMoved;
import org.careloop.enrollment.EnrollmentEvents.PatientReferred;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.program.CareProgram;

/**
 * A patient's enrollment in one program as it moves from referred, through eligible and consent pending, to
 * active, paused and disenrolled. A provider attests that the patient qualifies; consent is given for one billing
 * practitioner, so a new practitioner asks for a new consent; revoking consent ends the enrollment at the end of
 * that month. Every move keeps a reason, an actor and a time; illegal moves are refused naming the current state.
 */
public final class ProgramEnrollment {

    /** The reason an enrollment ended because the patient died. */
    public static final String DIED = "Patient died";

    /** What was stored when the enrollment was loaded: its identity, program and the version moves start from. */
    private final Enrollment loaded;
    private final boolean referred;
    private UUID billingPractitionerId;
    private EnrollmentStatus status;
    private LocalDate startOn;
    private LocalDate endOn;
    private UUID attestedBy;
    private OffsetDateTime attestedAt;
    private String attestation;
    private int version;
    private final List<Consent> consents;
    private final List<EnrollmentChanges.NewConsent> newConsents = new ArrayList<>();
    private final List<EnrollmentChanges.Revocation> revocations = new ArrayList<>();
    private final List<Enrollment.Move> newMoves = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    private ProgramEnrollment(Enrollment loaded, boolean referred) {
        this.loaded = loaded;
        this.referred = referred;
        this.billingPractitionerId = loaded.billingPractitionerId();
        this.status = loaded.status();
        this.startOn = loaded.startOn();
        this.endOn = loaded.endOn();
        this.attestedBy = loaded.attestedBy();
        this.attestedAt = loaded.attestedAt();
        this.attestation = loaded.attestation();
        this.version = loaded.version();
        this.consents = new ArrayList<>(loaded.consents());
    }

    /** The enrollment as stored, ready for its next move. */
    static ProgramEnrollment of(Enrollment stored) {
        return new ProgramEnrollment(stored, false);
    }

    /** A new enrollment, referred for the program with its billing practitioner. */
    public static ProgramEnrollment refer(UUID patientId, UUID practiceId, CareProgram program, boolean complex,
                                          UUID billingPractitionerId, LocalDate startOn, LocalDate qmbVerifiedOn,
                                          String reason, UUID by, OffsetDateTime at) {
        ProgramEnrollment enrollment = new ProgramEnrollment(new Enrollment(UUID.randomUUID(), patientId, practiceId,
                program, complex, billingPractitionerId, EnrollmentStatus.REFERRED, startOn, null, null, null, null,
                qmbVerifiedOn, 0, List.of(), List.of()), true);
        enrollment.newMoves.add(new Enrollment.Move(null, EnrollmentStatus.REFERRED,
                blankTo(reason, "referred for " + program), by, at));
        enrollment.events.add(new PatientReferred(enrollment.id(), patientId, practiceId, program));
        return enrollment;
    }

    /** A provider attests that the patient qualifies: a referred enrollment becomes eligible, a consented one active. */
    public void attest(int basedOnVersion, UUID provider, String note, LocalDate today, OffsetDateTime at) {
        refuseIfStale(basedOnVersion);
        refuseIfDisenrolled();
        attestedBy = provider;
        attestedAt = at;
        attestation = blankTo(note, "qualifies for " + program());
        version++;
        events.add(new EligibilityAttested(id(), loaded.patientId(), program(), provider));
        if (status == EnrollmentStatus.REFERRED) {
            move(EnrollmentStatus.ELIGIBLE, "provider attested eligibility", provider, today, at);
        }
        if (currentConsent().isPresent() && refusalToMove(EnrollmentStatus.ACTIVE, today).isEmpty()) {
            move(EnrollmentStatus.ACTIVE, "attested and consented", provider, today, at);
        }
    }

    /** The care team moves the enrollment on (pauses, resumes, disenrolls...), always saying why. */
    public void moveTo(int basedOnVersion, EnrollmentStatus next, String reason, UUID by, LocalDate today,
                       OffsetDateTime at) {
        refuseIfStale(basedOnVersion);
        EnrollmentRules.checkMove(next, reason);
        refusalToMove(next, today).ifPresent(refusal -> {
            throw new RefusedTransition(refusal);
        });
        move(next, reason.trim(), by, today, at);
    }

    /** Records the patient's consent for the current billing practitioner; an attested enrollment becomes active. */
    public void recordConsent(ProgramEnrollments.ConsentGiven given, UUID by, LocalDate today, OffsetDateTime at) {
        refuseIfDisenrolled();
        Consent consent = EnrollmentRules.consent(given, billingPractitionerId, by, today);
        consents.add(EnrollmentRules.positionAmong(consents, consent), consent);
        newConsents.add(new EnrollmentChanges.NewConsent(consent, given.attachment()));
        if (refusalToMove(EnrollmentStatus.ACTIVE, today).isEmpty()) {
            move(EnrollmentStatus.ACTIVE, "consent recorded (" + given.method().name().toLowerCase() + ")", by, today, at);
        } else if (status == EnrollmentStatus.REFERRED || status == EnrollmentStatus.ELIGIBLE) {
            move(EnrollmentStatus.CONSENT_PENDING, "consent recorded, waiting for the provider's attestation", by, today, at);
        }
        events.add(new ConsentRecorded(id(), loaded.patientId(), program(), given.obtainedOn()));
    }

    /** The patient stops: revocation takes effect at the end of that month (CMS), and the enrollment ends then. */
    public void revokeConsent(LocalDate revokedOn, String reason, UUID by, LocalDate today, OffsetDateTime at) {
        refuseIfDisenrolled();
        Consent consent = currentConsent().filter(c -> !c.isRevoked())
                .orElseThrow(() -> new RefusedTransition("The " + program() + " enrollment has no consent to revoke"));
        if (revokedOn == null) {
            throw new InvalidRequest("Invalid revokedOn", Map.of("revokedOn", "is required"));
        }
        EnrollmentChanges.Revocation revocation = new EnrollmentChanges.Revocation(consent.id(), revokedOn, by,
                blankTo(reason, "patient asked to stop"));
        revocations.add(revocation);
        consents.set(consents.indexOf(consent), EnrollmentRules.revoked(consent, revocation));
        endOn = YearMonth.from(revokedOn).atEndOfMonth();
        version++;
        move(EnrollmentStatus.DISENROLLED, "consent revoked on " + revokedOn + ", effective at the end of "
                + YearMonth.from(revokedOn), by, today, at);
        events.add(new ConsentRevoked(id(), loaded.patientId(), program(), revokedOn, endOn));
    }

    /**
     * The patient died: the enrollment ends effective the day of death (today when the day is unknown), whatever
     * state it was in, with the reason "Patient died". Nothing happens to an enrollment that has already ended.
     */
    public void endForDeath(LocalDate diedOn, UUID by, LocalDate today, OffsetDateTime at) {
        if (status == EnrollmentStatus.DISENROLLED) {
            return;
        }
        endOn = diedOn != null ? diedOn : today;
        move(EnrollmentStatus.DISENROLLED, diedOn != null ? DIED + " on " + diedOn : DIED + " (date of death unknown)",
                by, today, at);
    }

    /** A new billing practitioner needs a new consent: an active or paused enrollment waits for it. */
    public void changeBillingPractitioner(int basedOnVersion, UUID practitioner, String reason, UUID by,
                                          LocalDate today, OffsetDateTime at) {
        if (practitioner.equals(billingPractitionerId)) {
            throw new InvalidRequest("Same practitioner", Map.of("billingPractitionerId", "is already the billing practitioner"));
        }
        refuseIfStale(basedOnVersion);
        refuseIfDisenrolled();
        UUID previous = billingPractitionerId;
        billingPractitionerId = practitioner;
        version++;
        if (status == EnrollmentStatus.ACTIVE || status == EnrollmentStatus.PAUSED) {
            move(EnrollmentStatus.CONSENT_PENDING, blankTo(reason, "billing practitioner changed")
                    + "; the patient must consent again for the new practitioner", by, today, at);
        }
        events.add(new BillingPractitionerChanged(id(), loaded.patientId(), previous, practitioner));
    }

    private Optional<String> refusalToMove(EnrollmentStatus next, LocalDate today) {
        return EnrollmentRules.refusalToMove(view(), next, today);
    }

    private void move(EnrollmentStatus next, String reason, UUID by, LocalDate today, OffsetDateTime at) {
        if (next == EnrollmentStatus.ACTIVE && startOn == null) {
            startOn = today;
        }
        if (next == EnrollmentStatus.DISENROLLED && endOn == null) {
            endOn = today;
        }
        EnrollmentStatus from = status;
        status = next;
        version++;
        newMoves.add(new Enrollment.Move(from, next, reason, by, at));
        events.add(new EnrollmentMoved(id(), loaded.patientId(), from, next, reason));
    }

    private Optional<Consent> currentConsent() {
        return view().currentConsent();
    }

    private void refuseIfDisenrolled() {
        if (status == EnrollmentStatus.DISENROLLED) {
            throw new RefusedTransition("The " + program() + " enrollment is disenrolled; refer the patient again");
        }
    }

    private void refuseIfStale(int basedOnVersion) {
        if (basedOnVersion != version) {
            throw stale();
        }
    }

    StaleVersion stale() {
        return new StaleVersion("The " + program() + " enrollment was changed by someone else; reload it",
                loaded.version());
    }

    /** The events since the enrollment was loaded, handed out once for publishing. */
    public List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The enrollment as it stands now, with the moves made since it was loaded as its history. */
    public Enrollment view() {
        return new Enrollment(loaded.id(), loaded.patientId(), loaded.practiceId(), loaded.program(), loaded.complex(),
                billingPractitionerId, status, startOn, endOn, attestedBy, attestedAt, attestation,
                loaded.qmbVerifiedOn(), version, consents, newMoves);
    }

    /** What the moves since loading left to store. */
    EnrollmentChanges changes() {
        return new EnrollmentChanges(referred, loaded.version(), List.copyOf(newConsents), List.copyOf(revocations),
                List.copyOf(newMoves));
    }

    public UUID id() {
        return loaded.id();
    }

    public CareProgram program() {
        return loaded.program();
    }
}
