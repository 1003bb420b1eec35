package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a community referral records how far the social need is met on the plan: a new version that keeps the
 * provider's signature, which the editor's next revision keeps too; a met need is no longer open.
 */
class SocialNeedOutcomeTests {

    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    final PlanProblem food = new PlanProblem("p1", "Food ran out", null, null, null, "food-insecurity",
            "Need met or connected to a community resource");
    final PlanProblem transport = new PlanProblem("p2", "No reliable transportation", null, null, null, "transportation",
            "Need met or connected to a community resource");

    @Test
    void aMetNeedKeepsTheSignatureAndIsNoLongerOpen() {
        CarePlan plan = signedPlan();

        plan.recordNeedOutcome("food-insecurity", NeedStatus.MET, "Referral closed: service provided", "cm.rivera", NOW);

        assertThat(plan.version()).isEqualTo(2);
        assertThat(plan.signOff()).isEqualTo(SignOff.SIGNED);
        assertThat(plan.content().problems()).extracting(PlanProblem::needStatus).containsExactly(NeedStatus.MET, null);
        assertThat(plan.content().openSocialNeeds()).extracting(PlanProblem::sdohDomain).containsExactly("transportation");
        assertThat(plan.newVersions().get(plan.newVersions().size() - 1).summary()).isEqualTo("Changed problem: Food ran out");
    }

    @Test
    void aPartlyMetNeedStaysOpenAndTheEditorsRevisionKeepsItsStatus() {
        CarePlan plan = signedPlan();
        plan.recordNeedOutcome("food-insecurity", NeedStatus.PARTLY_MET, null, "cm.rivera", NOW);

        plan.revise(2, new CarePlanContent(List.of(new PlanProblem("p1", "Food ran out this year", null, null, null,
                "food-insecurity", "Need met"), transport), List.of(), List.of(), List.of(), List.of(), List.of(),
                plan.content().review()), "reworded", "cm.rivera", NOW);

        assertThat(plan.content().problems().get(0).needStatus()).isEqualTo(NeedStatus.PARTLY_MET);
        assertThat(plan.content().openSocialNeeds()).hasSize(2);
    }

    @Test
    void aPlanWithoutTheNeedDoesNotChange() {
        CarePlan plan = signedPlan();

        plan.recordNeedOutcome("housing-instability", NeedStatus.MET, null, "cm.rivera", NOW);

        assertThat(plan.version()).isEqualTo(1);
    }

    private CarePlan signedPlan() {
        CarePlan plan = CarePlan.start(UUID.randomUUID(), UUID.randomUUID(), CareProgram.CCM,
                new CarePlanContent(List.of(food, transport), List.of(), List.of(), List.of(), List.of(), List.of(), null),
                "Started", "cm.rivera", NOW);
        plan.requestSignOff("cm.rivera", NOW);
        plan.sign(1, UUID.randomUUID(), "Dr. Chen", "1234567893", TODAY, NOW);
        plan.pullEvents();
        return plan;
    }
}
