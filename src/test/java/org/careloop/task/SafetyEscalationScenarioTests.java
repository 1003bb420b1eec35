package org.careloop.task;

import java.sql.Date;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.assessment.AssessmentRecorded;
import org.careloop.assessment.AssessmentResult;
import org.careloop.support.ModulePatients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event flow from assessment to task, with only the task module and what it depends on running: a PHQ-9
 * whose item 9 is above zero opens a same-day urgent escalation in the nurses' pool; a screen without a safety
 * flag opens nothing. ALL_DEPENDENCIES because the task board needs the patient scope and audit beans, which need
 * identity's in turn.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@DirtiesContext // no other test shares this module context: close it and hand its connections back
class SafetyEscalationScenarioTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskBoard board;

    @Test
    void phq9ItemNineAboveZeroOpensASameDayNurseEscalation(Scenario scenario) {
        ModulePatients given = ModulePatients.create(jdbc, "Escalation scenario");
        scenario.publish(recorded(given, 11, List.of(AssessmentResult.SUICIDE_RISK)))
                .andWaitForStateChange(() -> tasksOf(given.patient()), tasks -> !tasks.isEmpty())
                .andVerify(tasks -> {
                    assertThat(tasks).hasSize(1);
                    assertThat(tasks.get(0)).containsEntry("kind", "ESCALATION").containsEntry("role_pool", "NURSE")
                            .containsEntry("priority", "URGENT");
                    assertThat(((Date) tasks.get(0).get("due_on")).toLocalDate()).isEqualTo(board.today());
                    assertThat((String) tasks.get(0).get("title")).contains("suicide-risk");
                });
    }

    @Test
    void aScreenWithoutASafetyFlagOpensNoTask(Scenario scenario) {
        ModulePatients given = ModulePatients.create(jdbc, "Quiet scenario");
        scenario.publish(recorded(given, 12, List.of()))
                .andWaitForStateChange(() -> "published")
                .andVerify(ignored -> assertThat(tasksOf(given.patient())).isEmpty());
    }

    private static AssessmentRecorded recorded(ModulePatients given, int score, List<String> flags) {
        return new AssessmentRecorded(UUID.randomUUID(), given.patient(), given.practice(), "phq-9",
                new AssessmentResult(score, "moderate", true, flags, List.of(), List.of()), null, Instant.now());
    }

    private List<Map<String, Object>> tasksOf(UUID patient) {
        return jdbc.sql("select kind, role_pool, priority, due_on, title from task where patient_id = ?")
                .param(patient).query().listOfRows();
    }
}
