package org.careloop.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.careloop.identity.ActingStaff;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.ModulePatients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a contact announces it to the rest of CareLoop (the worklist's "no contact yet" and the billing
 * month read the same facts): the event names the patient, the practice, who made the contact, how it ended and
 * the follow-up asked for. ALL_DEPENDENCIES because outreach reaches the patient scope and audit, which need
 * identity's beans in turn.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@DirtiesContext // no other test shares this module context: close it and hand its connections back
class InteractionRecordedScenarioTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Staff staff;

    @Autowired
    ActingStaff acting;

    @Autowired
    Outreach outreach;

    @Test
    void recordingAContactPublishesWhoReachedThePatientAndTheFollowUp(Scenario scenario) {
        ModulePatients given = ModulePatients.create(jdbc, "Outreach scenario");
        String username = "cm.call." + given.patient().toString().substring(0, 8);
        var careManager = staff.hire(username, "Cal Scenario", "pw-" + username, null, "RN", List.of(Role.CARE_MANAGER),
                Set.of(given.practice()));
        LocalDate followUp = LocalDate.of(2026, 12, 1);
        acting.run(username, () -> scenario.stimulate(() -> outreach.record(given.patient(),
                        new NewInteraction(InteractionKind.OUTBOUND_CALL, InteractionOutcome.REACHED, List.of("medications"),
                                "Doing well", followUp, null)))
                .andWaitForEventOfType(InteractionRecorded.class)
                .matching(recorded -> recorded.patientId().equals(given.patient()))
                .toArriveAndVerify((recorded, interaction) -> {
                    assertThat(recorded.interactionId()).isEqualTo(interaction.id());
                    assertThat(recorded.practiceId()).isEqualTo(given.practice());
                    assertThat(recorded.staffId()).isEqualTo(careManager.id());
                    assertThat(recorded.outcome()).isEqualTo(InteractionOutcome.REACHED);
                    assertThat(recorded.followUpOn()).isEqualTo(followUp);
                }));
    }
}
