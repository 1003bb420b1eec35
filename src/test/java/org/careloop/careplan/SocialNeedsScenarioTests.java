package org.careloop.careplan;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.assessment.AssessmentResult.SocialNeed;
import org.careloop.assessment.SocialNeedsIdentified;
import org.careloop.identity.ActingStaff;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.program.CareProgram;
import org.careloop.support.ModulePatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event flow from an AHC HRSN screen to the care plan, with only the care plan module and what it depends on
 * running: the social needs found become problems on the patient's living plan, once. ALL_DEPENDENCIES because
 * care planning reaches the patient record, scope and audit, which need identity's beans in turn.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@DirtiesContext // no other test shares this module context: close it and hand its connections back
class SocialNeedsScenarioTests {

    static final SocialNeed FOOD = new SocialNeed("food-insecurity", "Worried that food would run out");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Staff staff;

    @Autowired
    ActingStaff acting;

    @Autowired
    CarePlanning planning;

    ModulePatients given;
    String careManager;
    UUID plan;

    @BeforeEach
    void aPatientWithALivingCcmPlan() {
        given = ModulePatients.create(jdbc, "Social needs scenario");
        careManager = "cm.sdoh." + given.patient().toString().substring(0, 8);
        staff.hire(careManager, "Sam Scenario", "pw-" + careManager, null, "RN", List.of(Role.CARE_MANAGER),
                Set.of(given.practice()));
        plan = acting.as(careManager, () -> planning.start(given.patient(),
                new NewCarePlan(CareProgram.CCM, List.of(), null)).id());
    }

    @Test
    void socialNeedsFromAScreenBecomeProblemsOnTheLivingPlan(Scenario scenario) {
        acting.run(careManager, () -> scenario.publish(identified(FOOD))
                .andWaitForStateChange(() -> problemsOnPlan(), text -> text.contains("food-insecurity"))
                .andVerify(text -> assertThat(text).contains("Worried that food would run out")
                        .contains("Need met or connected to a community resource")));
    }

    @Test
    void aNeedThePlanAlreadyAddressesIsNotAddedTwice(Scenario scenario) {
        int started = version();
        acting.run(careManager, () -> scenario.publish(identified(FOOD))
                .andWaitForStateChange(this::version, version -> version > started)
                .andVerify(version -> assertThat(problemsOnPlan()).contains("food-insecurity")));
        int once = version();
        acting.run(careManager, () -> scenario.publish(identified(FOOD))
                .andWaitForStateChange(() -> "published")
                .andVerify(ignored -> assertThat(version()).isEqualTo(once)));
    }

    private SocialNeedsIdentified identified(SocialNeed need) {
        return new SocialNeedsIdentified(given.patient(), given.practice(), UUID.randomUUID(), List.of(need), Instant.now());
    }

    private String problemsOnPlan() {
        return jdbc.sql("select content -> 'problems' from care_plan where id = ?").param(plan).query(String.class).single();
    }

    private int version() {
        return jdbc.sql("select version from care_plan where id = ?").param(plan).query(Integer.class).single();
    }
}
