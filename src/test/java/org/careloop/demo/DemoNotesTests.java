package org.careloop.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo has notes to read: calls with real notes, one handed over and waiting in the nurses' pool, an uploaded
 * discharge summary, and a care plan shared outside the practice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoNotesTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DemoMonth demoMonth;

    @Autowired
    DemoNotes demoNotes;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasNotesAHandOffWaitingForTheNurseADocumentAndASharedPlan() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Demo notes practice " + tag).id();
        UUID careManager = staff.hire("cm." + tag, "CM " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER),
                Set.of(practice)).id();
        staff.hire("dr." + tag, "Dr " + tag, "pw-" + tag, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice));
        staff.hire("rn." + tag, "RN " + tag, "pw-" + tag, null, "RN", List.of(Role.NURSE), Set.of(practice));
        Api cm = Api.at(port).as("cm." + tag, "pw-" + tag);
        for (int i = 0; i < 4; i++) {
            UUID patient = UUID.fromString(cm.postJson("/api/patients", Map.of("familyName", "Note" + (char) ('A' + i),
                    "givenNames", "Pat", "birthDate", "1950-01-0" + (1 + i), "sex", "female",
                    "assignedCareManagerId", careManager.toString())).json().get("id").asString());
            jdbc.sql("insert into condition (id, patient_id, snomed_code, display, clinical_status) "
                    + "values (gen_random_uuid(), ?, '44054006', 'Diabetes', 'active'), (gen_random_uuid(), ?, '59621000', "
                    + "'Hypertension', 'active')").params(patient, patient).update();
        }
        demoMonth.prepare(practice, "cm." + tag, "dr." + tag, "rn." + tag);

        demoNotes.prepare(practice, "cm." + tag);

        JsonNode pool = Api.at(port).as("rn." + tag, "pw-" + tag).get("/api/tasks?view=POOL").json();
        assertThat(pool.valueStream().filter(task -> task.get("kind").asString().equals("HANDOFF")))
                .singleElement().satisfies(task -> assertThat(task.get("notes").asString())
                        .contains("Please triage today").contains("Dizzy when she stands up"));
        assertThat(jdbc.sql("select count(*) from interaction where practice_id = ? and notes like '%\n%'")
                .param(practice).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select title from clinical_document where practice_id = ?").param(practice)
                .query(String.class).list()).containsExactly("St. Mary's discharge summary");
        assertThat(jdbc.sql("select recipient_name || ' ' || method from care_plan_share where practice_id = ?")
                .param(practice).query(String.class).list()).containsExactly("Dr. Lena Brandt, cardiology FHIR_BUNDLE");
    }
}
