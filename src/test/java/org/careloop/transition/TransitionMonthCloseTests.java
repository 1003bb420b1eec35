package org.careloop.transition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.medication.MedicationsReconciled;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month day 30 falls in bills the transition as stored: reached the day after the discharge, medications
 * reconciled (the medication module's event), a high-complexity visit on day 6 recorded by the provider: 99496,
 * dated on the visit, claimed with the stay's diagnosis and the provider's NPI, for a patient enrolled in nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransitionMonthCloseTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aCompletedTransitionWhosePeriodEndedIsBilledAs99496OnTheVisitDay() {
        CareTeam team = CareTeam.hire(port, practices, staff, "TCM practice");
        UUID patient = team.patient("Tcm", "Tobias");
        LocalDate discharged = LocalDate.now(CareTeam.ZONE).minusDays(30);
        events.publishEvent(new HospitalEncounterReported(patient, team.practice, Notice.DISCHARGED,
                EncounterClass.INPATIENT, "Mercy General", "V-900", discharged.minusDays(3).atTime(9, 0),
                discharged.atTime(13, 0), List.of(new Diagnosis("ICD-10-CM", "I50.9", "Heart failure, unspecified")),
                TransitionWorkflowTests.HOME, "test A03", Instant.now()));
        JsonNode opened = TransitionWorkflowTests.onlyTransition(team.careManager, patient);
        String transition = opened.get("id").asString();

        Api.Response reached = team.careManager.postJson("/api/transitions/" + transition + "/contacts", Map.of(
                "version", 1, "kind", "OUTBOUND_CALL", "outcome", "REACHED", "occurredAt",
                discharged.plusDays(1).atTime(15, 0).atZone(CareTeam.ZONE).toInstant().toString()));
        assertThat(reached.status()).as(reached.toString()).isEqualTo(200);
        events.publishEvent(new MedicationsReconciled(patient, team.practice, UUID.randomUUID(), discharged.plusDays(2),
                team.nurseId));
        int version = TransitionWorkflowTests.onlyTransition(team.careManager, patient).get("version").asInt();
        Api.Response seen = team.provider.postJson("/api/transitions/" + transition + "/face-to-face", Map.of(
                "version", version, "visitedOn", discharged.plusDays(6).toString(), "complexity", "HIGH"));
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().get("medRecDoneOn").asString()).isEqualTo(discharged.plusDays(2).toString());
        assertThat(seen.json().get("status").asString()).isEqualTo("COMPLETE");

        YearMonth dayThirty = YearMonth.from(discharged.plusDays(29));
        Api.Response statement = team.biller().get("/api/billing/months/" + dayThirty + "?practice=" + team.practice);
        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        JsonNode line = statement.json().get("statement").get("lines").valueStream()
                .filter(each -> each.get("patientId").asString().equals(patient.toString())).findFirst().orElseThrow();
        assertThat(line.get("code").asString()).isEqualTo("99496");
        assertThat(line.get("program").asString()).isEqualTo("TCM");
        assertThat(line.get("dateOfService").asString()).isEqualTo(discharged.plusDays(6).toString());
        assertThat(line.get("diagnosisCodes").asString()).isEqualTo("I50.9");
        assertThat(line.get("billingNpi").asString()).isEqualTo("1234567893");
        assertThat(line.get("explanation").asString()).contains("high-complexity face-to-face visit").contains("day 6");
    }
}
