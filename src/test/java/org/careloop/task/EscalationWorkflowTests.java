package org.careloop.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalations as clinical work, over the API: the ASQ routes an acute positive screen to the provider at once and a
 * non-acute one to the nurses the same day; an escalation closes only with a disposition and a note, and the closure
 * reaches the chart; a second trigger joins the open escalation instead of opening a twin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationWorkflowTests {

    static final List<Integer> PHQ9_ITEM_NINE = List.of(0, 1, 0, 1, 0, 0, 0, 0, 1);

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEscalationClosesOnlyWithADispositionAndANoteAndTheClosureIsOnTheChart() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Disposition practice");
        UUID patient = team.patient("Ashby", "Rhoda");
        administer(team.careManager, patient, "PHQ-9", PHQ9_ITEM_NINE);
        JsonNode escalation = onlyOpenEscalation(team.nurse, patient);

        Api.Response oneClick = team.nurse.patchJson("/api/tasks/" + escalation.get("id").asString(),
                Map.of("version", escalation.get("version").asInt(), "status", "DONE"));
        assertThat(oneClick.status()).as(oneClick.toString()).isEqualTo(400);
        assertThat(oneClick.text()).contains("disposition").contains("closingNote");
        Api.Response blankNote = team.nurse.patchJson("/api/tasks/" + escalation.get("id").asString(),
                Map.of("version", escalation.get("version").asInt(), "status", "DONE",
                        "disposition", "SAFETY_PLAN_MADE", "closingNote", "   "));
        assertThat(blankNote.status()).as(blankNote.toString()).isEqualTo(400);
        assertThat(blankNote.text()).contains("closingNote").doesNotContain("\"disposition\"");
        assertThat(onlyOpenEscalation(team.nurse, patient).get("status").asString()).isEqualTo("OPEN");

        Api.Response closed = team.nurse.patchJson("/api/tasks/" + escalation.get("id").asString(),
                Map.of("version", escalation.get("version").asInt(), "status", "DONE",
                        "disposition", "SAFETY_PLAN_MADE",
                        "closingNote", "Reached Rhoda; passive thoughts, no plan. Safety plan made, daughter staying."));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("disposition").asString()).isEqualTo("SAFETY_PLAN_MADE");
        assertThat(closed.json().get("closedBy").asString()).isEqualTo(team.nurseId.toString());

        String assessmentsTab = team.signIn(team.careManagerUsername())
                .htmx("/patients/" + patient + "?tab=assessments").body();
        assertThat(assessmentsTab).contains("Safety escalations").contains("Same-day suicide-risk assessment")
                .contains("Safety plan made").contains("daughter staying").contains("by Noor " + team.tag)
                .contains("PHQ-9 item 9 (thoughts of death or self-harm) above zero; total 3");
    }

    @Test
    void aSecondTriggerJoinsTheOpenEscalationWithItsScoreAndDate() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Dedupe practice");
        UUID patient = team.patient("Birch", "Tomasz");
        administer(team.careManager, patient, "PHQ-9", PHQ9_ITEM_NINE);
        administer(team.careManager, patient, "PHQ-9", List.of(2, 2, 2, 2, 1, 1, 1, 1, 2));
        assertThat(onlyOpenEscalation(team.nurse, patient).get("triggers").size()).isEqualTo(2);
        administer(team.careManager, patient, "ASQ", List.of("yes", "no", "no", "no", "no"));

        JsonNode escalation = onlyOpenEscalation(team.nurse, patient);
        assertThat(escalation.get("triggers").valueStream().map(t -> t.get("detail").asString()).toList())
                .containsExactly("PHQ-9 item 9 (thoughts of death or self-harm) above zero; total 3",
                        "PHQ-9 item 9 (thoughts of death or self-harm) above zero; total 14",
                        "ASQ non-acute positive screen");
        assertThat(escalation.get("triggers").get(1).get("score").asInt()).isEqualTo(14);
        assertThat(escalation.get("triggers").get(1).get("triggeredAt").asString()).isNotBlank();
        assertThat(escalation.get("triggers").get(0).get("assessmentId").asString()).isNotBlank();
    }

    @Test
    void anAcutePositiveAsqGoesToTheProviderAtOnceWithTheCrisisSteps() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Acute practice");
        UUID patient = team.patient("Coyle", "Imelda");
        Api.Response asq = administer(team.careManager, patient, "ASQ", List.of("yes", "yes", "yes", "no", "yes"));
        assertThat(asq.json().get("severity").asString()).isEqualTo("acute positive");
        assertThat(asq.json().get("positive").asBoolean()).isTrue();
        assertThat(asq.json().get("flags").valueStream().map(JsonNode::asString).toList())
                .containsExactly("SUICIDE_RISK", "IMMINENT_SUICIDE_RISK");

        JsonNode escalation = onlyOpenEscalation(team.provider, patient);
        assertThat(escalation.get("priority").asString()).isEqualTo("STAT");
        assertThat(escalation.get("rolePool").asString()).isEqualTo("PROVIDER");
        assertThat(escalation.get("notes").asString()).contains("988").contains("911").contains("Do not leave the patient alone");
        assertThat(team.provider.get("/api/tasks?view=POOL").json().valueStream()
                .filter(task -> task.get("patientId").asString().equals(patient.toString()))).hasSize(1);
    }

    @Test
    void aNonAcutePositiveAsqAsksTheNursesForABriefSafetyAssessmentTodayAndANegativeOneRaisesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Non-acute practice");
        UUID positive = team.patient("Dunne", "Oisin");
        Api.Response asq = administer(team.careManager, positive, "ASQ", List.of("no", "no", "no", "declined", "no"));
        assertThat(asq.json().get("severity").asString()).isEqualTo("non-acute positive");
        assertThat(asq.json().get("followUps").get(0).asString()).contains("Brief suicide safety assessment");
        JsonNode escalation = onlyOpenEscalation(team.nurse, positive);
        assertThat(escalation.get("priority").asString()).isEqualTo("URGENT");
        assertThat(escalation.get("rolePool").asString()).isEqualTo("NURSE");
        assertThat(escalation.get("notes").asString()).contains("ASQ").doesNotContain("C-SSRS");

        UUID negative = team.patient("Egan", "Maeve");
        Api.Response clear = administer(team.careManager, negative, "ASQ", List.of("no", "no", "no", "no", "not-asked"));
        assertThat(clear.json().get("severity").asString()).isEqualTo("negative");
        assertThat(team.nurse.get("/api/tasks?view=ALL&patient=" + negative).json().size()).isZero();
    }

    @Test
    void theAcuityQuestionMustBeAskedAfterAYesAndNothingIsStoredWithoutIt() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Acuity practice");
        UUID patient = team.patient("Frame", "Lorna");
        Map<String, Object> body = new HashMap<>();
        body.put("instrument", "ASQ");
        body.put("answers", List.of("yes", "no", "no", "no", "not-asked"));
        Api.Response refused = team.careManager.postJson("/api/patients/" + patient + "/assessments", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text()).contains("answers[4]");
        assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePhq9SelfHarmEscalationPointsToTheAsqThatCareLoopOffersNotTheCssrs() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Instrument practice");
        UUID patient = team.patient("Gale", "Petra");
        Api.Response phq9 = administer(team.careManager, patient, "PHQ-9", PHQ9_ITEM_NINE);
        assertThat(phq9.json().get("followUps").get(0).asString()).contains("ASQ").doesNotContain("C-SSRS");
        assertThat(onlyOpenEscalation(team.nurse, patient).get("notes").asString()).contains("ASQ")
                .doesNotContain("C-SSRS");
    }

    private static Api.Response administer(Api caller, UUID patient, String instrument, List<?> answers) {
        Api.Response response = caller.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", instrument, "answers", answers));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static JsonNode onlyOpenEscalation(Api caller, UUID patient) {
        List<JsonNode> open = caller.get("/api/tasks?view=ALL&patient=" + patient).json().valueStream()
                .filter(task -> task.get("kind").asString().equals("ESCALATION")).toList();
        assertThat(open).as("open escalations of " + patient).hasSize(1);
        return open.get(0);
    }
}
