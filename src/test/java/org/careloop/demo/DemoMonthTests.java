package org.careloop.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.monitoring.DeviceDays;
import org.careloop.support.Api;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo month gives a practice a worklist and a billing month with real content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoMonthTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DemoMonth demoMonth;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviceDays deviceDays;

    @Test
    void aPracticesMonthHasPatientsOverCloseToAndShortOfTwentyMinutes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Demo month practice " + tag).id();
        UUID careManager = staff.hire("cm." + tag, "CM " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER), Set.of(practice)).id();
        staff.hire("dr." + tag, "Dr " + tag, "pw-" + tag, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice));
        staff.hire("rn." + tag, "RN " + tag, "pw-" + tag, null, "RN", List.of(Role.NURSE), Set.of(practice));
        staff.hire("biller." + tag, "Biller " + tag, "pw-" + tag, null, null, List.of(Role.BILLER), Set.of(practice));
        Api cm = Api.at(port).as("cm." + tag, "pw-" + tag);
        for (int i = 0; i < 12; i++) {
            Api.Response created = cm.postJson("/api/patients", Map.of("familyName", "Demo" + (char) ('A' + i), "givenNames", "Pat",
                    "birthDate", "1950-01-0" + (1 + i % 9), "sex", "female", "assignedCareManagerId", careManager.toString()));
            UUID patient = UUID.fromString(created.json().get("id").asString());
            for (String code : List.of("44054006", "59621000")) {
                jdbc.sql("insert into condition (id, patient_id, snomed_code, display, clinical_status) values (gen_random_uuid(), ?, ?, 'chronic', 'active')")
                        .params(patient, code).update();
            }
        }

        demoMonth.prepare(practice, "cm." + tag, "dr." + tag, "rn." + tag);

        assertThat(jdbc.sql("select program || ':' || status from enrollment where practice_id = ? order by 1").param(practice)
                .query(String.class).list())
                .contains("CCM:ACTIVE", "PCM:ACTIVE", "APCM:ACTIVE", "RPM:ACTIVE");
        List<JsonNode> worklist = cm.get("/api/worklist").json().valueStream().toList();
        assertThat(worklist).hasSize(12);
        assertThat(worklist.get(0).get("reasons").get(0).asString()).isEqualTo("Open escalation");
        List<Integer> ccmMinutes = worklist.stream().map(row -> row.get("minutesThisMonth").path("CCM").asInt(0)).toList();
        assertThat(ccmMinutes).anyMatch(m -> m >= 20).anyMatch(m -> m > 10 && m < 20).anyMatch(m -> m == 0);
        assertThat(worklist).anyMatch(row -> row.get("reasons").valueStream().anyMatch(r -> r.asString().equals("No contact yet this month")));

        assertThat(worklist).anyMatch(row -> row.get("reasons").valueStream()
                .anyMatch(r -> r.asString().matches("11 device days so far; 16 needed by \\w{3} \\d+")));
        Map<UUID, DeviceDays.Period> periods = deviceDays.current(practice, worklist.stream()
                .map(row -> UUID.fromString(row.get("patientId").asString())).toList(), LocalDate.now(ZoneId.of("America/New_York")));
        assertThat(periods.values()).extracting(DeviceDays.Period::days)
                .anyMatch(days -> days >= 16).anyMatch(days -> days == 11);

        Api nurse = Api.at(port).as("rn." + tag, "pw-" + tag);
        List<JsonNode> pool = nurse.get("/api/tasks?view=POOL").json().valueStream().toList();
        assertThat(pool).anyMatch(task -> task.get("status").asString().equals("OPEN")
                && task.get("priority").asString().equals("URGENT")
                && task.get("title").asString().startsWith("BP 184/112 ")
                && task.get("title").asString().endsWith(" — same-day RN review"));
        List<JsonNode> mine = nurse.get("/api/tasks?view=MINE").json().valueStream().toList();
        assertThat(mine).anyMatch(task -> task.get("status").asString().equals("IN_PROGRESS")
                && task.get("title").asString().startsWith("BP 86/58 "));
        assertThat(jdbc.sql("""
                select t.disposition from task t
                 where t.practice_id = ? and t.status = 'DONE' and t.closing_note like 'Reached the patient%'""")
                .param(practice).query(String.class).list()).containsExactly("READING_IN_ERROR");
        assertThat(jdbc.sql("""
                select count(*) from observation o join patient p on p.id = o.patient_id
                 where p.practice_id = ? and o.in_error_reason like 'Cuff put on over a sweater sleeve%'""")
                .param(practice).query(Integer.class).single()).isEqualTo(1);

        UUID gapped = UUID.fromString(worklist.get(worklist.size() - 1).get("patientId").asString());
        assertThat(cm.get("/api/patients/" + gapped + "/care-gaps").json().get("gaps").valueStream()
                .map(gap -> gap.get("status").asString())).contains("DUE");
        String summary = WebSession.signIn(port, "cm." + tag, "pw-" + tag).get("/patients/" + gapped).body();
        assertThat(summary).contains("Open care gaps", "Due since").doesNotContain("No open care gaps.");

        JsonNode statement = Api.at(port).as("biller." + tag, "pw-" + tag)
                .get("/api/billing/months/" + YearMonth.now(ZoneId.of("America/New_York")) + "?practice=" + practice).json().get("statement");
        assertThat(statement.get("lines").valueStream().map(line -> line.get("code").asString()).toList()).contains("99490", "99426", "G0558", "99457", "99454", "99453");
    }
}
