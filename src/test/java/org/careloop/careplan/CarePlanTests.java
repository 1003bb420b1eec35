package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.program.CareProgram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarePlanTests {

    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    static final UUID DR_CHEN = UUID.randomUUID();

    final PlanProblem diabetes = new PlanProblem("p1", "Type 2 diabetes", "http://hl7.org/fhir/sid/icd-10-cm", "E11.9", null, null, null);
    final PlanGoal hba1c = new PlanGoal("g1", "p1", "HbA1c < 7 %", "Keep my sugar in range",
            new GoalTarget("HbA1c", "<", "7", "%"), TODAY.plusMonths(6), GoalStatus.ACTIVE, GoalAchievement.IN_PROGRESS);
    final PlanIntervention logSugar = new PlanIntervention("i1", "p1", "Check blood sugar daily", ResponsibleParty.PATIENT,
            null, TODAY.plusDays(14));

    CarePlan plan() {
        CarePlan plan = CarePlan.start(UUID.randomUUID(), UUID.randomUUID(), CareProgram.CCM,
                new CarePlanContent(List.of(diabetes), List.of(hba1c), List.of(logSugar), List.of(), List.of(), List.of(),
                        new ReviewSchedule(TODAY.plusMonths(3), Period.ofMonths(3))), "Started", "cm.rivera", NOW);
        plan.pullEvents();
        return plan;
    }

    CarePlan signedPlan() {
        CarePlan plan = plan();
        plan.requestSignOff("cm.rivera", NOW);
        plan.sign(1, DR_CHEN, "Dr. Chen", "1234567893", TODAY, NOW);
        plan.pullEvents();
        return plan;
    }

    @Test
    void aNewPlanIsADraftAtVersionOneThatNeedsSignOff() {
        CarePlan plan = CarePlan.start(UUID.randomUUID(), UUID.randomUUID(), CareProgram.CCM,
                new CarePlanContent(List.of(diabetes), List.of(), List.of(), null, null, null, null), "Started", "cm.rivera", NOW);

        assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.signOff()).isEqualTo(SignOff.NEEDS_SIGN_OFF);
        assertThat(plan.newVersions()).extracting(CarePlanVersion::summary).containsExactly("Started");
        assertThat(plan.pullEvents()).singleElement().isInstanceOf(CarePlanCreated.class);
    }

    @Test
    void aRevisionMakesANewVersionSayingWhatChanged() {
        CarePlan plan = plan();
        PlanGoal walking = new PlanGoal(null, "p1", "Walk 20 minutes 5 days a week", "Walk most days",
                new GoalTarget("Walking", ">=", "20", "min a day"), TODAY.plusMonths(3), null, null);

        plan.revise(1, new CarePlanContent(List.of(diabetes), List.of(hba1c, walking), List.of(logSugar), List.of(),
                List.of(), List.of(), plan.content().review()), "agreed on the call", "cm.rivera", NOW);

        assertThat(plan.version()).isEqualTo(2);
        assertThat(plan.content().goals()).hasSize(2).allSatisfy(goal -> assertThat(goal.id()).isNotBlank());
        assertThat(plan.content().goals().get(1).status()).isEqualTo(GoalStatus.PROPOSED);
        CarePlanVersion version = plan.newVersions().get(0);
        assertThat(version.summary()).isEqualTo("Added goal: Walk 20 minutes 5 days a week");
        assertThat(version.note()).isEqualTo("agreed on the call");
        assertThat(plan.pullEvents()).singleElement().isInstanceOfSatisfying(CarePlanRevised.class,
                revised -> assertThat(revised.version()).isEqualTo(2));
    }

    @Test
    void aRevisionBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        CarePlan plan = plan();
        plan.revise(1, new CarePlanContent(List.of(diabetes), List.of(hba1c), List.of(), null, null, null, null),
                null, "cm.rivera", NOW);

        assertThatThrownBy(() -> plan.revise(1, new CarePlanContent(List.of(), List.of(), List.of(), null, null, null, null),
                null, "rn.patel", NOW)).isInstanceOf(StaleVersion.class).hasMessageContaining("version 2, not 1");
        assertThat(plan.version()).isEqualTo(2);
        assertThat(plan.content().problems()).containsExactly(diabetes);
    }

    @Test
    void aGoalWithoutAMeasurableTargetIsRefusedNamingTheField() {
        CarePlan plan = plan();
        PlanGoal vague = new PlanGoal(null, "p1", "Feel better", null, new GoalTarget("", "about", "", null), null, null, null);

        assertThatThrownBy(() -> plan.revise(1, new CarePlanContent(List.of(diabetes), List.of(hba1c, vague), List.of(),
                null, null, null, null), null, "cm.rivera", NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.fields()).containsOnlyKeys(
                        "goals[1].target.measure", "goals[1].target.comparator", "goals[1].target.value"));
    }

    @Test
    void twoItemsWithTheSameIdAreRefused() {
        CarePlan plan = plan();

        assertThatThrownBy(() -> plan.revise(1, new CarePlanContent(List.of(diabetes), List.of(hba1c, hba1c), List.of(),
                null, null, null, null), null, "cm.rivera", NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.fields()).containsOnlyKeys("goals[1].id"));
    }

    @Test
    void signingNeedsASignOffRequestFirstAndNamesTheState() {
        CarePlan plan = plan();

        assertThatThrownBy(() -> plan.sign(1, DR_CHEN, "Dr. Chen", null, TODAY, NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("NEEDS_SIGN_OFF");
    }

    @Test
    void theFirstSignatureEstablishesAndActivatesThePlan() {
        CarePlan plan = plan();
        plan.requestSignOff("cm.rivera", NOW);

        plan.sign(1, DR_CHEN, "Dr. Chen", "1234567893", TODAY, NOW);

        assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(plan.signOff()).isEqualTo(SignOff.SIGNED);
        assertThat(plan.view().establishedOn()).isEqualTo(TODAY);
        assertThat(plan.view().lastSignature().providerName()).isEqualTo("Dr. Chen");
        assertThat(plan.pullEvents()).hasAtLeastOneElementOfType(CarePlanSigned.class);
    }

    @Test
    void aSignedPlanCannotBeSentOrSignedAgainUntilItChanges() {
        CarePlan plan = signedPlan();

        assertThatThrownBy(() -> plan.requestSignOff("cm.rivera", NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("SIGNED");
        assertThatThrownBy(() -> plan.sign(1, DR_CHEN, "Dr. Chen", null, TODAY, NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("SIGNED at version 1");
    }

    @Test
    void aSubstantiveRevisionAfterSigningNeedsSignOffAgainButKeepsTheEstablishedDate() {
        CarePlan plan = signedPlan();
        PlanIntervention referral = new PlanIntervention(null, "p1", "Refer to diabetes education",
                ResponsibleParty.CARE_MANAGER, null, TODAY.plusDays(30));

        plan.revise(1, new CarePlanContent(List.of(diabetes), List.of(hba1c), List.of(logSugar, referral), null, null,
                null, plan.content().review()), null, "cm.rivera", NOW);

        assertThat(plan.signOff()).isEqualTo(SignOff.NEEDS_SIGN_OFF);
        assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(plan.view().establishedOn()).isEqualTo(TODAY);
    }

    @Test
    void recordingGoalProgressOrBarriersKeepsTheSignature() {
        CarePlan plan = signedPlan();

        plan.recordGoalProgress(1, "g1", null, GoalAchievement.IMPROVING, "HbA1c 7.4 from 8.1", "cm.rivera", NOW);
        plan.revise(2, new CarePlanContent(List.of(diabetes), plan.content().goals(), List.of(logSugar),
                List.of("Cost of test strips"), List.of("Supportive daughter"), List.of("Calls after 4 pm"),
                plan.content().review()), null, "cm.rivera", NOW);

        assertThat(plan.version()).isEqualTo(3);
        assertThat(plan.signOff()).isEqualTo(SignOff.SIGNED);
        assertThat(plan.content().goal("g1").orElseThrow().achievement()).isEqualTo(GoalAchievement.IMPROVING);
    }

    @Test
    void aReviewMovesTheNextReviewOneIntervalOnAndKeepsTheSignature() {
        CarePlan plan = signedPlan();
        LocalDate reviewedOn = TODAY.plusMonths(3).plusDays(2);

        plan.recordReview(new PlanReview(1, null, false, null, "reviewed on the monthly call"), reviewedOn, "cm.rivera", NOW);

        assertThat(plan.content().review()).isEqualTo(new ReviewSchedule(reviewedOn.plusMonths(3), Period.ofMonths(3)));
        assertThat(plan.version()).isEqualTo(2);
        assertThat(plan.signOff()).isEqualTo(SignOff.SIGNED);
        assertThat(plan.newVersions()).singleElement().satisfies(version ->
                assertThat(version.summary()).isEqualTo("Changed review schedule"));
    }

    @Test
    void aReviewIsDocumentedWithWhoWhetherThePlanChangedAndTheNextReviewDateGiven() {
        CarePlan plan = signedPlan();

        plan.recordReview(new PlanReview(1, TODAY.minusDays(1), true, TODAY.plusMonths(2), " goals adjusted "), TODAY,
                "cm.rivera", NOW);

        assertThat(plan.content().review().nextReviewOn()).isEqualTo(TODAY.plusMonths(2));
        assertThat(plan.view().reviews()).singleElement().satisfies(review -> {
            assertThat(review.reviewedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(review.reviewedBy()).isEqualTo("cm.rivera");
            assertThat(review.changed()).isTrue();
            assertThat(review.nextReviewOn()).isEqualTo(TODAY.plusMonths(2));
            assertThat(review.note()).isEqualTo("goals adjusted");
            assertThat(review.version()).isEqualTo(2);
        });
    }

    @Test
    void aReviewInTheFutureOrOneThatLeavesThePlanDueIsRefusedNamingTheFields() {
        CarePlan plan = signedPlan();

        assertThatThrownBy(() -> plan.recordReview(new PlanReview(1, TODAY.plusDays(1), false, TODAY, null), TODAY,
                "cm.rivera", NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, invalid ->
                        assertThat(invalid.fields()).containsOnlyKeys("reviewedOn", "nextReviewOn"));
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.view().reviews()).isEmpty();
    }

    @Test
    void aCompletedGoalCannotChangeAnyMore() {
        CarePlan plan = plan();
        plan.recordGoalProgress(1, "g1", GoalStatus.COMPLETED, GoalAchievement.ACHIEVED, null, "cm.rivera", NOW);

        assertThatThrownBy(() -> plan.recordGoalProgress(2, "g1", GoalStatus.ACTIVE, null, null, "cm.rivera", NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("is COMPLETED");
    }

    @Test
    void aRevisionCannotReopenOrDropACompletedGoal() {
        CarePlan plan = plan();
        plan.recordGoalProgress(1, "g1", GoalStatus.COMPLETED, GoalAchievement.ACHIEVED, null, "cm.rivera", NOW);

        assertThatThrownBy(() -> plan.revise(2, new CarePlanContent(List.of(diabetes), List.of(), List.of(logSugar),
                null, null, null, null), null, "cm.rivera", NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("is COMPLETED");
        assertThat(plan.version()).isEqualTo(2);
    }

    @Test
    void aCompletedPlanRefusesRevision() {
        CarePlan plan = plan();
        plan.complete("cm.rivera", NOW);

        assertThatThrownBy(() -> plan.revise(1, plan.content(), null, "cm.rivera", NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("is COMPLETED");
    }

    @Test
    void aCopyGivenInTheFutureIsRefusedNamingTheField() {
        CarePlan plan = plan();

        assertThatThrownBy(() -> plan.recordCopyGiven(CopyMethod.MAIL, TODAY.plusDays(1), "patient", TODAY, "cm.rivera", NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.fields()).containsOnlyKeys("givenOn"));
        plan.recordCopyGiven(CopyMethod.MAIL, TODAY, "patient", TODAY, "cm.rivera", NOW);
        assertThat(plan.view().copiesGiven()).singleElement().satisfies(copy -> assertThat(copy.version()).isEqualTo(1));
    }

    @Test
    void comparingVersionsShowsAddedRemovedAndChangedItems() {
        CarePlanContent before = new CarePlanContent(List.of(diabetes), List.of(hba1c), List.of(logSugar), List.of("Cost"),
                null, null, null);
        PlanGoal lowered = new PlanGoal("g1", "p1", "HbA1c < 6.5 %", "Keep my sugar in range",
                new GoalTarget("HbA1c", "<", "6.5", "%"), TODAY.plusMonths(6), GoalStatus.ACTIVE, GoalAchievement.IN_PROGRESS);
        CarePlanContent after = new CarePlanContent(List.of(diabetes), List.of(lowered), List.of(), List.of("Cost"),
                List.of("Daughter helps"), null, null);

        VersionComparison comparison = PlanDifferences.between(1, before, 3, after);

        assertThat(comparison.sections()).extracting(VersionComparison.SectionChanges::section)
                .containsExactly("goals", "interventions", "strengths");
        assertThat(comparison.sections().get(0).changed()).singleElement()
                .satisfies(change -> assertThat(change.after()).isEqualTo(lowered));
        assertThat(comparison.sections().get(1).removed()).containsExactly(logSugar);
        assertThat(comparison.sections().get(2).added()).containsExactly("Daughter helps");
    }
}
