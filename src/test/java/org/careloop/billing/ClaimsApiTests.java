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

/**
 * Billing a clearinghouse would accept: ICD-10-CM diagnoses (the biller's choice where the map offers several),
 * the MBI, rendering and billing NPI, TIN, place of service and the fee-schedule charge — and the reason when a
 * line cannot go out. The worklist names what blocks billing, in the statement's words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimsApiTests {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    CareTeam team;
    Api biller;
    Api admin;
    YearMonth month;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Claims test practice");
        biller = team.biller();
        admin = team.admin();
        month = YearMonth.now(ZONE);
    }

    @Test
    void aClaimLineCarriesTheChosenIcd10CodesTheMbiTheNpisTinPlaceOfServiceAndTheCharge() {
        UUID patient = readyForCcm("Okonkwo", "Ada", "1EG4TE5MK73",
                new String[] {"88805009", "Chronic congestive heart failure"}, new String[] {"59621000", "Essential hypertension"});
        logMinutes(patient, 25);
        jdbc.sql("update practice set group_npi = '1588667638', tin = '12-3456789' where id = ?").param(team.practice).update();

        // chronic CHF maps to several ICD-10-CM codes: the line waits for the biller's choice
        JsonNode open = statement();
        assertThat(linesOf(open, patient)).isEmpty();
        assertThat(reasonsFor(open, patient)).contains(
                "No ICD-10-CM diagnosis for Chronic congestive heart failure: choose one (CCM needs ICD-10-CM diagnoses "
                        + "for two chronic conditions; 1 on file)");

        assertThat(biller.putJson(choice(patient, "88805009"), Map.of("icd10Code", "J45.909")).status()).isEqualTo(400);
        Api.Response chosen = biller.putJson(choice(patient, "88805009"), Map.of("icd10Code", "I50.22"));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);

        // no fee yet: the line goes on the statement with a blank charge, and the statement says why
        JsonNode noFee = statement();
        assertThat(linesOf(noFee, patient)).hasSize(1);
        assertThat(reasonsFor(noFee, patient)).anyMatch(reason -> reason.startsWith("no fee for 99490"));

        assertThat(biller.putJson("/api/billing/fees/99490?practice=" + team.practice, Map.of("cents", 6613)).status()).isEqualTo(403);
        assertThat(admin.putJson("/api/billing/fees/99490?practice=" + team.practice, Map.of("cents", -1)).status()).isEqualTo(400);
        Api.Response fee = admin.putJson("/api/billing/fees/99490?practice=" + team.practice, Map.of("cents", 6613));
        assertThat(fee.status()).as(fee.toString()).isEqualTo(200);

        JsonNode line = linesOf(statement(), patient).get(0);
        assertThat(line.get("diagnosisCodes").asString()).isEqualTo("I50.22; I10");
        assertThat(line.get("medicareId").asString()).isEqualTo("1EG4TE5MK73");
        assertThat(line.get("chargeCents").asLong()).isEqualTo(6613);

        Api.Response csv = biller.get("/api/billing/months/" + month + "/statement.csv?practice=" + team.practice);
        assertThat(csv.text()).startsWith(StatementCsvColumns.GOLDEN);
        String row = csv.text().lines().filter(l -> l.startsWith("\"Okonkwo, Ada\"")).findFirst().orElseThrow();
        assertThat(row).contains(",\"1EG4TE5MK73\",\"" + npiOfProvider() + "\",\"1588667638\",\"123456789\",\"11\",99490,1,66.13,"
                + month.atEndOfMonth() + ",\"I50.22\",\"I10\",,,25,");
    }

    @Test
    void anObesityFindingDoesNotJustifyCcm() {
        UUID patient = readyForCcm("Varga", "Imre", null,
                new String[] {"162864005", "Body mass index 30+ - obesity (finding)"}, new String[] {"59621000", "Essential hypertension"});
        logMinutes(patient, 25);
        JsonNode statement = statement();
        assertThat(linesOf(statement, patient)).isEmpty();
        assertThat(reasonsFor(statement, patient)).containsExactly(
                "CCM needs ICD-10-CM diagnoses for two chronic conditions; 1 on file (findings such as a BMI do not count)");
    }

    @Test
    void aPatientWithoutASignedPlanIsBlockedOnTheWorklistAndTheStatementForTheSameReason() {
        UUID patient = team.enrolledPatient("Dahl", "Sven");
        conditions(patient, new String[] {"59621000", "Essential hypertension"}, new String[] {"55822004", "Hyperlipidemia"});
        logMinutes(patient, 14);

        JsonNode row = team.careManager.get("/api/worklist").json().valueStream()
                .filter(r -> r.get("patientId").asString().equals(patient.toString())).findFirst().orElseThrow();
        List<String> reasons = row.get("reasons").valueStream().map(JsonNode::asString).toList();
        assertThat(reasons).contains("6 min to 99490", "Billing blocked: no signed care plan");
        assertThat(reasons.indexOf("Billing blocked: no signed care plan")).isEqualTo(reasons.indexOf("6 min to 99490") + 1);

        assertThat(reasonsFor(statement(), patient)).singleElement().asString().startsWith("no signed care plan by ");
    }

    private UUID readyForCcm(String family, String given, String medicareId, String[]... problems) {
        UUID patient = medicareId == null ? team.patient(family, given)
                : team.patient(Map.of("familyName", family, "givenNames", given, "birthDate", "1948-02-03", "medicareId", medicareId));
        conditions(patient, problems);
        TestPatients.enrollInCcm(team.careManager, team.provider, patient, team.providerId, month.atDay(1));
        TestPatients.signedCarePlan(team.careManager, team.provider, patient, "diabetes", "hypertension");
        return patient;
    }

    private void conditions(UUID patient, String[]... problems) {
        for (String[] problem : problems) {
            jdbc.sql("""
                    insert into condition (id, patient_id, snomed_code, display, clinical_status, onset_at)
                    values (gen_random_uuid(), ?, ?, ?, 'active', now() - interval '3 years')""")
                    .params(patient, problem[0], problem[1]).update();
        }
    }

    private void logMinutes(UUID patient, int minutes) {
        ZonedDateTime start = month.atDay(1).atStartOfDay(ZONE).plusMinutes(5);
        Api.Response logged = team.careManager.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "PATIENT_COMMUNICATION", "startedAt", start.toOffsetDateTime().toString(), "minutes", minutes));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }

    private JsonNode statement() {
        Api.Response response = biller.get("/api/billing/months/" + month + "?practice=" + team.practice);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("statement");
    }

    private static List<JsonNode> linesOf(JsonNode statement, UUID patient) {
        return statement.get("lines").valueStream().filter(l -> l.get("patientId").asString().equals(patient.toString())).toList();
    }

    private static List<String> reasonsFor(JsonNode statement, UUID patient) {
        return statement.get("notBillable").valueStream().filter(r -> r.get("patientId").asString().equals(patient.toString()))
                .map(r -> r.get("reason").asString()).toList();
    }

    private String choice(UUID patient, String snomedCode) {
        return "/api/billing/diagnoses/" + patient + "/" + snomedCode + "?practice=" + team.practice;
    }

    private String npiOfProvider() {
        return jdbc.sql("select npi from app_user where id = ?").param(team.providerId).query(String.class).single();
    }
}
