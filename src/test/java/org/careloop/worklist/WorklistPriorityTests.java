package org.careloop.worklist;

import java.util.List;

import org.careloop.program.CareProgram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorklistPriorityTests {

    static final WorklistEntry.NextStep SIX_TO_99490 = new WorklistEntry.NextStep(CareProgram.CCM, "99490", 6, 20);

    @Test
    void anOpenEscalationOutranksEverythingElse() {
        var escalated = WorklistPriority.judge(new WorklistPriority.Facts(1, 0, List.of(), true, null, false, false, true));
        var uncontacted = WorklistPriority.judge(new WorklistPriority.Facts(0, 2, List.of("PHQ-9"), false, SIX_TO_99490, true, true, true));
        assertThat(escalated.priority()).isGreaterThan(uncontacted.priority());
        assertThat(escalated.reasons()).first().isEqualTo("Open escalation");
    }

    @Test
    void reasonsReadLikeTheCareManagersChecklist() {
        var verdict = WorklistPriority.judge(new WorklistPriority.Facts(0, 1, List.of("PHQ-2"), false, SIX_TO_99490, true, true, false));
        assertThat(verdict.reasons()).containsExactly("1 overdue task", "Positive PHQ-2 without follow-up",
                "No contact yet this month", "6 min to 99490", "Consent pending", "Care plan due for review");
    }

    @Test
    void aCloserThresholdRanksHigher() {
        var close = WorklistPriority.judge(new WorklistPriority.Facts(0, 0, List.of(), true,
                new WorklistEntry.NextStep(CareProgram.CCM, "99490", 3, 20), false, false, true));
        var far = WorklistPriority.judge(new WorklistPriority.Facts(0, 0, List.of(), true,
                new WorklistEntry.NextStep(CareProgram.CCM, "99490", 18, 20), false, false, true));
        assertThat(close.priority()).isGreaterThan(far.priority());
    }

    @Test
    void reachedAndOverEveryThresholdSinks() {
        var done = WorklistPriority.judge(new WorklistPriority.Facts(0, 0, List.of(), true, null, false, false, true));
        var untouched = WorklistPriority.judge(new WorklistPriority.Facts(0, 0, List.of(), false, SIX_TO_99490, false, false, false));
        assertThat(done.priority()).isNegative().isLessThan(untouched.priority());
        assertThat(done.reasons()).containsExactly("Reached and over threshold this month");
    }
}
