package org.careloop.careplan.web;

import java.time.LocalDate;
import java.time.Period;

import org.careloop.careplan.GoalAchievement;
import org.careloop.careplan.GoalStatus;
import org.careloop.careplan.PlanGoal;
import org.careloop.careplan.PlanIntervention;
import org.careloop.careplan.ResponsibleParty;
import org.careloop.careplan.ReviewSchedule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two versions of a plan reads as words, not as the names of enum constants. */
class CarePlanHistoryWordsTests {

    @Test
    void aGoalSaysItsStatusAndProgressInWords() {
        PlanGoal goal = new PlanGoal("g1", "p1", "Walk every day", null, null, LocalDate.of(2027, 1, 31),
                GoalStatus.PROPOSED, GoalAchievement.IN_PROGRESS);

        assertThat(CarePlanHistory.text(goal)).isEqualTo("Walk every day by 2027-01-31 (proposed, working on it)")
                .doesNotContain("PROPOSED").doesNotContain("IN_PROGRESS");
    }

    @Test
    void anInterventionAndAReviewScheduleSayWhoAndHowOftenInWords() {
        PlanIntervention call = new PlanIntervention("i1", "p1", "Call about refills", ResponsibleParty.CARE_MANAGER,
                null, null);

        assertThat(CarePlanHistory.text(call)).isEqualTo("Call about refills (care manager)");
        assertThat(CarePlanHistory.text(new ReviewSchedule(LocalDate.of(2027, 3, 1), Period.ofMonths(3))))
                .isEqualTo("2027-03-01 (every 3 months)");
    }
}
