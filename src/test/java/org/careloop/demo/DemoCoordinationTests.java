package org.careloop.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once the demo month is played, the demo has education given with teach-backs (one logged as CCM time, one for a
 * care-plan intervention), appointments kept, missed (with its follow-up task), coming and cancelled, and patients
 * with and without advance directives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoCoordinationTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DemoCaseload caseload;

    @Autowired
    DemoMonth demoMonth;

    @Autowired
    DemoCareTeams careTeams;

    @Autowired
    DemoWishes wishes;

    @Test
    void theDemoHasTeachBacksAppointmentsKeptAndMissedAndPatientsWithAndWithoutDirectives() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Demo coordination " + tag).id();
        UUID careManager = staff.hire("cm." + tag, "CM " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER),
                Set.of(practice)).id();
        Api cm = Api.at(port).as("cm." + tag, "pw-" + tag);
        staff.hire("dr." + tag, "Dr " + tag, "pw-" + tag, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice));
        staff.hire("rn." + tag, "RN " + tag, "pw-" + tag, null, "RN", List.of(Role.NURSE), Set.of(practice));
        for (int i = 0; i < 10; i++) {
            UUID patient = TestPatients.register(cm, Map.of("familyName", "Demo" + (char) ('A' + i), "givenNames", "Pat",
                    "birthDate", "1950-01-0" + (1 + i % 9), "assignedCareManagerId", careManager.toString()));
            for (String code : List.of("44054006", "59621000")) {
                jdbc.sql("insert into condition (id, patient_id, snomed_code, display, clinical_status) values (gen_random_uuid(), ?, ?, 'chronic', 'active')")
                        .params(patient, code).update();
            }
        }
        // as the demo is assembled: the month first (its calls and time), then what builds on it
        demoMonth.prepare(practice, "cm." + tag, "dr." + tag, "rn." + tag);
        events.publishEvent(new DemoMonthPrepared(Map.of(practice, "cm." + tag)));
        careTeams.prepare(practice, "cm." + tag, "rn." + tag);
        wishes.nameProxies(practice, "cm." + tag);

        assertThat(jdbc.sql("""
                select distinct t.result from education_teach_back t join education_assignment a on a.id = t.assignment_id
                 where a.practice_id = ? order by 1""").param(practice).query(String.class).list())
                .containsExactly("NEEDS_REINFORCEMENT", "NOT_DONE", "UNDERSTOOD");
        assertThat(jdbc.sql("select count(*) from education_assignment where practice_id = ? and intervention is not null")
                .param(practice).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from time_entry where patient_id in (select patient_id from education_assignment
                 where practice_id = ?) and activity = 'PATIENT_COMMUNICATION' and notes like 'Education:%'""").param(practice)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select status from appointment where practice_id = ? order by 1").param(practice)
                .query(String.class).list()).contains("KEPT", "MISSED", "CANCELLED", "SCHEDULED");
        assertThat(jdbc.sql("select count(*) from task where practice_id = ? and title like 'Missed HbA1c draw%'")
                .param(practice).query(Integer.class).single()).isEqualTo(1);

        List<UUID> patients = caseload.of(practice).stream().map(p -> p.id()).toList();
        WebSession web = WebSession.signIn(port, "cm." + tag, "pw-" + tag);
        assertThat(web.get("/patients/" + patients.get(0)).body())
                .contains("DNR · POLST on file · Healthcare power of attorney on file · proxy: Maria DemoA (daughter), "
                        + "413-555-0210");
        assertThat(web.get("/patients/" + patients.get(9)).body())
                .contains("Code status not recorded · No advance directive on file");
        assertThat(cm.get("/api/advance-directives/" + jdbc.sql("""
                select directive_id from advance_directive_copy c join advance_directive d on d.id = c.directive_id
                 where d.practice_id = ?""").param(practice).query(UUID.class).single() + "/copy").contentType())
                .isEqualTo("application/pdf");
    }
}
