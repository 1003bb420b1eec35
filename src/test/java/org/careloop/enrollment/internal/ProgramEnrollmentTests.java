package org.careloop.enrollment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.enrollment.Consent.ConsentMethod;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentEvents.BillingPractitionerChanged;
import org.careloop.enrollment.EnrollmentEvents.ConsentRecorded;
import org.careloop.enrollment.EnrollmentEvents.ConsentRevoked;
import org.careloop.enrollment.EnrollmentEvents.EligibilityAttested;
import org.careloop.enrollment.EnrollmentEvents.EnrollmentMoved;
import org.careloop.enrollment.EnrollmentEvents.PatientReferred;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments.ConsentGiven;
import org.careloop.program.CareProgram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgramEnrollmentTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T15:00:00Z");
    static final UUID DR_CHEN = UUID.randomUUID();
    static final UUID DR_LEE = UUID.randomUUID();
    static final UUID CM_RIVERA = UUID.randomUUID();

    ProgramEnrollment referred() {
        ProgramEnrollment enrollment = ProgramEnrollment.refer(UUID.randomUUID(), UUID.randomUUID(), CareProgram.CCM,
                false, DR_CHEN, null, null, "two chronic conditions", CM_RIVERA, NOW);
        enrollment.pullEvents();
        return enrollment;
    }

    ProgramEnrollment active() {
        ProgramEnrollment enrollment = referred();
        enrollment.attest(0, DR_CHEN, null, TODAY, NOW);
        enrollment.recordConsent(consentOn(TODAY), CM_RIVERA, TODAY, NOW);
        enrollment.pullEvents();
        return enrollment;
    }

    static ConsentGiven consentOn(LocalDate obtainedOn) {
        return new ConsentGiven(ConsentMethod.VERBAL, obtainedOn, true, true, true, true, "en", null, null);
    }

    @Test
    void aReferralStartsReferredAndSaysWhy() {
        ProgramEnrollment enrollment = ProgramEnrollment.refer(UUID.randomUUID(), UUID.randomUUID(), CareProgram.CCM,
                false, DR_CHEN, null, null, " ", CM_RIVERA, NOW);

        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.REFERRED);
        assertThat(enrollment.view().history()).extracting(Enrollment.Move::reason).containsExactly("referred for CCM");
        assertThat(enrollment.pullEvents()).singleElement().isInstanceOf(PatientReferred.class);
    }

    @Test
    void theProvidersAttestationMakesAReferredEnrollmentEligible() {
        ProgramEnrollment enrollment = referred();

        enrollment.attest(0, DR_CHEN, "diabetes and hypertension", TODAY, NOW);

        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.ELIGIBLE);
        assertThat(enrollment.view().attestation()).isEqualTo("diabetes and hypertension");
        assertThat(enrollment.view().version()).isEqualTo(2);
        assertThat(enrollment.pullEvents()).containsExactly(
                new EligibilityAttested(enrollment.id(), enrollment.view().patientId(), CareProgram.CCM, DR_CHEN),
                new EnrollmentMoved(enrollment.id(), enrollment.view().patientId(), EnrollmentStatus.REFERRED,
                        EnrollmentStatus.ELIGIBLE, "provider attested eligibility"));
    }

    @Test
    void consentAfterTheAttestationMakesTheEnrollmentActiveFromToday() {
        ProgramEnrollment enrollment = referred();
        enrollment.attest(0, DR_CHEN, null, TODAY, NOW);
        enrollment.pullEvents();

        enrollment.recordConsent(consentOn(TODAY.minusDays(2)), CM_RIVERA, TODAY, NOW);

        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.view().startOn()).isEqualTo(TODAY);
        assertThat(enrollment.view().history()).extracting(Enrollment.Move::reason)
                .containsExactly("two chronic conditions", "provider attested eligibility", "consent recorded (verbal)");
        assertThat(enrollment.pullEvents()).hasSize(2).last().isInstanceOf(ConsentRecorded.class);
    }

    @Test
    void consentBeforeTheAttestationWaitsForTheProvider() {
        ProgramEnrollment enrollment = referred();

        enrollment.recordConsent(consentOn(TODAY), CM_RIVERA, TODAY, NOW);
        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.CONSENT_PENDING);

        enrollment.attest(enrollment.view().version(), DR_CHEN, null, TODAY, NOW);
        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.view().history()).extracting(Enrollment.Move::reason).last()
                .isEqualTo("attested and consented");
    }

    @Test
    void anEligibleEnrollmentCannotSkipConsentAndTheRefusalNamesItsState() {
        ProgramEnrollment enrollment = referred();
        enrollment.attest(0, DR_CHEN, null, TODAY, NOW);

        assertThatThrownBy(() -> enrollment.moveTo(2, EnrollmentStatus.ACTIVE, "patient agreed", CM_RIVERA, TODAY, NOW))
                .isInstanceOf(RefusedTransition.class)
                .hasMessage("The CCM enrollment is eligible: record the patient's consent for the current billing"
                        + " practitioner before it becomes active");
        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.ELIGIBLE);
    }

    @Test
    void anActiveEnrollmentPausesAndResumesSayingWhy() {
        ProgramEnrollment enrollment = active();
        int version = enrollment.view().version();

        enrollment.moveTo(version, EnrollmentStatus.PAUSED, " in hospital ", CM_RIVERA, TODAY, NOW);
        enrollment.moveTo(version + 1, EnrollmentStatus.ACTIVE, "home again", CM_RIVERA, TODAY, NOW);

        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.pullEvents()).extracting(e -> ((EnrollmentMoved) e).reason())
                .containsExactly("in hospital", "home again");
    }

    @Test
    void everyMoveSaysWhereToAndWhy() {
        assertThatThrownBy(() -> referred().moveTo(0, null, " ", CM_RIVERA, TODAY, NOW))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).fields()).containsOnlyKeys("to", "reason"));
    }

    @Test
    void aMoveBasedOnAnOldVersionIsStale() {
        assertThatThrownBy(() -> active().moveTo(0, EnrollmentStatus.PAUSED, "in hospital", CM_RIVERA, TODAY, NOW))
                .isInstanceOf(StaleVersion.class).hasMessageContaining("changed by someone else");
    }

    @Test
    void aDisenrolledEnrollmentTakesNoFurtherMovesAndSaysSo() {
        ProgramEnrollment enrollment = referred();
        enrollment.moveTo(0, EnrollmentStatus.DISENROLLED, "patient declined", CM_RIVERA, TODAY, NOW);
        assertThat(enrollment.view().endOn()).isEqualTo(TODAY);

        assertThatThrownBy(() -> enrollment.moveTo(1, EnrollmentStatus.ACTIVE, "changed their mind", CM_RIVERA, TODAY, NOW))
                .isInstanceOf(RefusedTransition.class)
                .hasMessage("The CCM enrollment is disenrolled and cannot become active");
        assertThatThrownBy(() -> enrollment.recordConsent(consentOn(TODAY), CM_RIVERA, TODAY, NOW))
                .isInstanceOf(RefusedTransition.class)
                .hasMessage("The CCM enrollment is disenrolled; refer the patient again");
        assertThatThrownBy(() -> enrollment.attest(1, DR_CHEN, null, TODAY, NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("is disenrolled");
    }

    @Test
    void revokedConsentEndsTheEnrollmentAtTheEndOfThatMonth() {
        ProgramEnrollment enrollment = active();

        enrollment.revokeConsent(TODAY, null, CM_RIVERA, TODAY, NOW);

        Enrollment ended = enrollment.view();
        assertThat(ended.status()).isEqualTo(EnrollmentStatus.DISENROLLED);
        assertThat(ended.endOn()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(ended.consents().get(0).revocationReason()).isEqualTo("patient asked to stop");
        assertThat(enrollment.changes().revocations()).singleElement()
                .satisfies(r -> assertThat(r.revokedBy()).isEqualTo(CM_RIVERA));
        assertThat(enrollment.pullEvents()).last().isEqualTo(new ConsentRevoked(enrollment.id(), ended.patientId(),
                CareProgram.CCM, TODAY, LocalDate.parse("2026-11-30")));
    }

    @Test
    void thereIsNoConsentToRevokeBeforeOneIsRecorded() {
        assertThatThrownBy(() -> referred().revokeConsent(TODAY, null, CM_RIVERA, TODAY, NOW))
                .isInstanceOf(RefusedTransition.class)
                .hasMessage("The CCM enrollment has no consent to revoke");
    }

    @Test
    void aNewBillingPractitionerSendsAnActiveEnrollmentBackForConsent() {
        ProgramEnrollment enrollment = active();

        enrollment.changeBillingPractitioner(enrollment.view().version(), DR_LEE, "Dr Chen retired", CM_RIVERA, TODAY, NOW);

        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.CONSENT_PENDING);
        assertThat(enrollment.view().currentConsent()).isEmpty();
        assertThat(enrollment.pullEvents()).last().isEqualTo(
                new BillingPractitionerChanged(enrollment.id(), enrollment.view().patientId(), DR_CHEN, DR_LEE));

        enrollment.recordConsent(consentOn(TODAY), CM_RIVERA, TODAY, NOW);
        assertThat(enrollment.view().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.view().consents()).hasSize(2);
        assertThat(enrollment.view().currentConsent()).get().extracting(c -> c.billingPractitionerId()).isEqualTo(DR_LEE);
    }

    @Test
    void theSamePractitionerIsNoChange() {
        assertThatThrownBy(() -> active().changeBillingPractitioner(3, DR_CHEN, null, CM_RIVERA, TODAY, NOW))
                .isInstanceOf(InvalidRequest.class).hasMessage("Same practitioner");
    }

    @Test
    void eventsAreHandedOutOnce() {
        ProgramEnrollment enrollment = referred();
        enrollment.attest(0, DR_CHEN, null, TODAY, NOW);

        assertThat(enrollment.pullEvents()).isNotEmpty();
        assertThat(enrollment.pullEvents()).isEmpty();
    }
}
