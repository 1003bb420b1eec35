package org.careloop.transition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.internal.TransitionDeadlines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transition moves from open through the contact, the reconciliation and the visit, or is missed or withdrawn. */
class TransitionTests {

    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    void aDischargeOpensWithItsDeadlinesAndIsCompleteOnceContactedReconciledAndSeenInTime() {
        Transition transition = discharged(TUESDAY);
        assertThat(transition.status(TUESDAY)).isEqualTo(TransitionStatus.OPEN);
        assertThat(transition.pullEvents()).singleElement().isInstanceOf(TransitionOpened.class);

        assertThat(transition.recordContact(call(TUESDAY.plusDays(2), InteractionOutcome.REACHED))).isTrue();
        assertThat(transition.status(TUESDAY.plusDays(2))).isEqualTo(TransitionStatus.CONTACTED);
        assertThat(transition.pullEvents()).singleElement().isInstanceOfSatisfying(TransitionContacted.class,
                contacted -> assertThat(contacted.reached()).isTrue());

        transition.recordMedicationReconciliation(TUESDAY.plusDays(5), UUID.randomUUID());
        assertThat(transition.status(TUESDAY.plusDays(5))).isEqualTo(TransitionStatus.MEDICATIONS_RECONCILED);
        transition.recordFaceToFace(transition.version(), visit(TUESDAY.plusDays(6), MedicalDecisionMaking.HIGH));
        assertThat(transition.status(TUESDAY.plusDays(40))).isEqualTo(TransitionStatus.COMPLETE);
        assertThat(transition.version()).isEqualTo(4);
    }

    @Test
    void aContactOnTheThirdBusinessDayIsLateAndTheTransitionIsMissed() {
        Transition transition = discharged(TUESDAY);
        transition.recordContact(call(TUESDAY.plusDays(3), InteractionOutcome.REACHED));
        assertThat(transition.contactRequirementMet()).isFalse();
        assertThat(transition.contactPending()).as("the patient was reached, late").isFalse();
        assertThat(transition.status(TUESDAY.plusDays(3))).isEqualTo(TransitionStatus.MISSED);
    }

    @Test
    void twoUnansweredCallsInTheWindowStandInForTheContactAndLaterCallsChangeNothing() {
        Transition transition = discharged(TUESDAY);
        transition.recordContact(call(TUESDAY.plusDays(1), InteractionOutcome.NO_ANSWER));
        assertThat(transition.status(TUESDAY.plusDays(1))).isEqualTo(TransitionStatus.OPEN);
        transition.recordContact(call(TUESDAY.plusDays(2), InteractionOutcome.LEFT_VOICEMAIL));
        assertThat(transition.attemptsInWindow()).isEqualTo(2);
        assertThat(transition.status(TUESDAY.plusDays(5))).isEqualTo(TransitionStatus.ATTEMPTS_DOCUMENTED);
        assertThat(transition.pullEvents()).filteredOn(TransitionContacted.class::isInstance).singleElement()
                .isInstanceOfSatisfying(TransitionContacted.class, met -> assertThat(met.attempts()).isEqualTo(2));

        transition.recordContact(call(TUESDAY.plusDays(6), InteractionOutcome.REACHED));
        assertThat(transition.contactMadeOn()).contains(TUESDAY.plusDays(6));
        assertThat(transition.recordContact(call(TUESDAY.plusDays(7), InteractionOutcome.NO_ANSWER))).isFalse();
        assertThat(transition.attempts()).hasSize(2);
    }

    @Test
    void anAttemptAfterTheWindowDoesNotCount() {
        Transition transition = discharged(TUESDAY);
        transition.recordContact(call(TUESDAY.plusDays(1), InteractionOutcome.NO_ANSWER));
        transition.recordContact(call(TUESDAY.plusDays(3), InteractionOutcome.NO_ANSWER));
        assertThat(transition.attemptsInWindow()).isEqualTo(1);
        assertThat(transition.status(TUESDAY.plusDays(3))).isEqualTo(TransitionStatus.MISSED);
    }

    @Test
    void noVisitByDay14IsMissedAndAVisitOnDay15NeverCompletesIt() {
        Transition transition = discharged(TUESDAY);
        transition.recordContact(call(TUESDAY.plusDays(1), InteractionOutcome.REACHED));
        transition.recordMedicationReconciliation(TUESDAY.plusDays(3), UUID.randomUUID());
        assertThat(transition.status(TUESDAY.plusDays(14))).isEqualTo(TransitionStatus.MEDICATIONS_RECONCILED);
        assertThat(transition.status(TUESDAY.plusDays(15))).isEqualTo(TransitionStatus.MISSED);
        transition.recordFaceToFace(transition.version(), visit(TUESDAY.plusDays(15), MedicalDecisionMaking.MODERATE));
        assertThat(transition.phase()).isEqualTo(TransitionStatus.SEEN);
        assertThat(transition.status(TUESDAY.plusDays(15))).isEqualTo(TransitionStatus.MISSED);
    }

    @Test
    void aReconciliationAfterTheVisitLeavesItMissedAndOneBeforeTheDischargeIsIgnored() {
        Transition transition = discharged(TUESDAY);
        transition.recordContact(call(TUESDAY.plusDays(1), InteractionOutcome.REACHED));
        assertThat(transition.recordMedicationReconciliation(TUESDAY.minusDays(1), UUID.randomUUID())).isFalse();
        transition.recordFaceToFace(transition.version(), visit(TUESDAY.plusDays(5), MedicalDecisionMaking.MODERATE));
        transition.recordMedicationReconciliation(TUESDAY.plusDays(6), UUID.randomUUID());
        assertThat(transition.status(TUESDAY.plusDays(6))).isEqualTo(TransitionStatus.MISSED);
    }

    @Test
    void aSecondVisitAStaleVersionAndAWithdrawnTransitionAreRefusedNamingWhereItStands() {
        Transition transition = discharged(TUESDAY);
        assertThatThrownBy(() -> transition.recordFaceToFace(7, visit(TUESDAY.plusDays(2), MedicalDecisionMaking.HIGH)))
                .isInstanceOf(StaleVersion.class).hasMessageContaining("version 1");
        transition.recordFaceToFace(1, visit(TUESDAY.plusDays(2), MedicalDecisionMaking.HIGH));
        assertThatThrownBy(() -> transition.recordFaceToFace(2, visit(TUESDAY.plusDays(3), MedicalDecisionMaking.HIGH)))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("already recorded (2026-12-03, high complexity)");

        transition.withdraw("discharge cancelled by Mercy General", Instant.now());
        assertThat(transition.status(TUESDAY)).isEqualTo(TransitionStatus.WITHDRAWN);
        assertThatThrownBy(transition::refuseContactIfDone).isInstanceOf(RefusedTransition.class)
                .hasMessageContaining("withdrawn (discharge cancelled by Mercy General)");
        assertThat(transition.recordContact(call(TUESDAY.plusDays(1), InteractionOutcome.REACHED))).isFalse();
    }

    @Test
    void anEdFollowUpIsCompleteWhenThePatientIsReachedAndHasNoVisitToRecord() {
        Transition visit = Transition.open(UUID.randomUUID(), UUID.randomUUID(), TransitionKind.ED_VISIT,
                stay(EncounterClass.EMERGENCY, TUESDAY), TransitionDeadlines.afterEmergencyVisit(TUESDAY, 2),
                Instant.now());
        assertThatThrownBy(() -> visit.recordFaceToFace(1, visit(TUESDAY.plusDays(1), MedicalDecisionMaking.HIGH)))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("ED follow-up");
        visit.recordContact(call(TUESDAY.plusDays(1), InteractionOutcome.REACHED));
        assertThat(visit.status(TUESDAY.plusDays(1))).isEqualTo(TransitionStatus.COMPLETE);
    }

    @Test
    void anAmendedDischargeMovesTheDeadlines() {
        Transition transition = discharged(TUESDAY);
        transition.amend(stay(EncounterClass.INPATIENT, TUESDAY.plusDays(1)),
                TransitionDeadlines.afterDischarge(TUESDAY.plusDays(1)));
        assertThat(transition.deadlines().contactDueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(transition.version()).isEqualTo(2);
    }

    static Transition discharged(LocalDate on) {
        return Transition.open(UUID.randomUUID(), UUID.randomUUID(), TransitionKind.DISCHARGE,
                stay(EncounterClass.INPATIENT, on), TransitionDeadlines.afterDischarge(on), Instant.now());
    }

    static Transition.Stay stay(EncounterClass encounterClass, LocalDate dischargedOn) {
        return new Transition.Stay(encounterClass, "Mercy General", "V1", dischargedOn.minusDays(3), dischargedOn,
                List.of(), null, "test");
    }

    static Transition.Contact call(LocalDate on, InteractionOutcome outcome) {
        return new Transition.Contact(UUID.randomUUID(), on, on.atTime(10, 0).toInstant(ZoneOffset.UTC),
                outcome == InteractionOutcome.REACHED, InteractionKind.OUTBOUND_CALL, outcome, UUID.randomUUID(), null);
    }

    static Transition.FaceToFace visit(LocalDate on, MedicalDecisionMaking decisionMaking) {
        return new Transition.FaceToFace(on, decisionMaking, UUID.randomUUID(), "1234567893");
    }
}
