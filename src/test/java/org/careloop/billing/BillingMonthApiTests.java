package org.careloop.billing;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A care manager's month for a patient, closed by the biller: the whole loop through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BillingMonthApiTests {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    Api chen;
    Api biller;
    Api admin;
    YearMonth month;
    UUID practice;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    String tag;

    /** Each test bills a practice of its own, so closing the current month locks nobody else's time. */
    @BeforeEach
    void setUp() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Billing test practice");
        tag = team.tag;
        practice = team.practice;
        rivera = team.careManager;
        chen = team.provider;
        biller = team.biller();
        admin = team.admin();
        month = YearMonth.now(ZONE);
    }

    @Test
    void aMonthOfCareClosesInto99490And99439WithExplanationsAndLocksTheTime() {
        UUID busy = enrolledPatientWithCarePlan("Okonkwo", "Ada");
        logMinutes(busy, 1, 25);
        logMinutes(busy, 2, 16);
        UUID quiet = enrolledPatientWithCarePlan("Varga", "Imre");
        logMinutes(quiet, 3, 12);

        JsonNode preview = biller.get(monthPath("")).json();
        assertThat(preview.get("statement").get("status").asString()).isEqualTo("OPEN");

        Api.Response closed = biller.postJson(monthPath("/close"), Map.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode statement = closed.json().get("statement");
        assertThat(statement.get("status").asString()).isEqualTo("CLOSED");
        assertThat(statement.get("version").asInt()).isEqualTo(1);
        List<JsonNode> busyLines = statement.get("lines").valueStream()
                .filter(line -> line.get("patientId").asString().equals(busy.toString())).toList();
        assertThat(busyLines).extracting(line -> line.get("code").asString()).containsExactly("99490", "99439");
        assertThat(busyLines.get(0).get("explanation").asString())
                .isEqualTo("41 min of clinical staff time: 99490 + 99439; 19 min short of a second 99439");
        assertThat(busyLines.get(0).get("billingNpi").asString()).isEqualTo("1234567893");
        assertThat(busyLines.get(0).get("diagnosisCodes").asString()).isEqualTo("E11.9; I10");
        assertThat(statement.get("notBillable").valueStream()
                .filter(r -> r.get("patientId").asString().equals(quiet.toString())).map(r -> r.get("reason").asString()))
                .containsExactly("12 min of clinical staff time: 8 min short of 99490 (20 min)");
        assertThat(closed.json().get("unitsByCode").get("99490").asInt()).isEqualTo(1);

        Api.Response csv = biller.get(monthPath("/statement.csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith(StatementCsvColumns.GOLDEN)
                .contains("\"Okonkwo, Ada\"").contains(",99490,1,," + month.atEndOfMonth() + ",\"E11.9\",\"I10\",,,");

        // the month's time is locked: a new entry in it is refused, an amendment is taken and flagged
        Api.Response late = rivera.postJson("/api/patients/" + busy + "/time-entries", entry(4, 10, false));
        assertThat(late.status()).isEqualTo(409);
        assertThat(rivera.postJson("/api/patients/" + busy + "/time-entries", entry(4, 10, true)).status()).isEqualTo(201);

        // closing twice is refused; only an administrator re-opens, and the next close is version 2
        assertThat(biller.postJson(monthPath("/close"), Map.of()).status()).isEqualTo(409);
        assertThat(biller.postJson(monthPath("/reopen"), Map.of("reason", "late entry")).status()).isEqualTo(403);
        assertThat(admin.postJson(monthPath("/reopen"), Map.of("reason", "late amendment for Ada Okonkwo")).status()).isEqualTo(204);
        JsonNode second = biller.postJson(monthPath("/close"), Map.of()).json().get("statement");
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'BillingMonth' and practice_id = ? and detail like 're-opened%'")
                .param(practice).query(Long.class).single()).isEqualTo(1);
        assertThat(biller.get(monthPath("") + "&version=1").json().get("statement").get("status").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void withoutConsentTheMinutesAreNotBillableAndTheStatementSaysSo() {
        UUID patient = TestPatients.register(rivera, "Nakamura", "Ren");
        chronicConditions(patient);
        UUID practitioner = user("dr." + tag);
        rivera.postJson("/api/patients/" + patient + "/enrollments", Map.of("program", "CCM", "billingPractitionerId", practitioner.toString()));
        logMinutes(patient, 1, 30);
        JsonNode statement = biller.get(monthPath("")).json().get("statement");
        assertThat(statement.get("notBillable").valueStream()
                .filter(r -> r.get("patientId").asString().equals(patient.toString())).map(r -> r.get("reason").asString()).toList())
                .anyMatch(reason -> reason.startsWith("no consent on file"));
    }

    @Test
    void careManagersCannotCloseAndAnotherPracticeIsNotFound() {
        assertThat(rivera.get(monthPath("")).status()).isEqualTo(403);
        UUID hillcrest = jdbc.sql("select id from practice where name = 'Hillcrest Internal Medicine'").query(UUID.class).single();
        assertThat(biller.get("/api/billing/months/" + month + "?practice=" + hillcrest).status()).isEqualTo(404);
    }

    private UUID enrolledPatientWithCarePlan(String family, String given) {
        UUID patient = TestPatients.register(rivera, family, given);
        chronicConditions(patient);
        TestPatients.enrollInCcm(rivera, chen, patient, user("dr." + tag), month.atDay(1));
        TestPatients.signedCarePlan(rivera, chen, patient, "diabetes", "hypertension");
        return patient;
    }

    private void chronicConditions(UUID patient) {
        for (String[] code : new String[][] {{"44054006", "Diabetes mellitus type 2"}, {"59621000", "Essential hypertension"}}) {
            jdbc.sql("""
                    insert into condition (id, patient_id, snomed_code, display, clinical_status, onset_at)
                    values (gen_random_uuid(), ?, ?, ?, 'active', now() - interval '3 years')""")
                    .params(patient, code[0], code[1]).update();
        }
    }

    private void logMinutes(UUID patient, int day, int minutes) {
        Api.Response logged = rivera.postJson("/api/patients/" + patient + "/time-entries", entry(day, minutes, false));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }

    private Map<String, Object> entry(int day, int minutes, boolean amendment) {
        ZonedDateTime start = month.atDay(1).atStartOfDay(ZONE).plusMinutes(5).plusHours(day - 1);
        return Map.of("program", "CCM", "activity", "PATIENT_COMMUNICATION", "startedAt", start.toOffsetDateTime().toString(),
                "minutes", minutes, "notes", "monthly call", "amendment", amendment);
    }

    private String monthPath(String suffix) {
        return "/api/billing/months/" + month + suffix + "?practice=" + practice;
    }

    private UUID user(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }
}
