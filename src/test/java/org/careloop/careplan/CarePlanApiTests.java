package org.careloop.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.careloop.assessment.AssessmentResult;
import org.careloop.assessment.SocialNeedsIdentified;
import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarePlanApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    Api rivera;
    Api okafor;
    String patientId;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        okafor = Api.at(port).as("cm.okafor");
        patientId = TestPatients.register(rivera, "Abernathy", "Rosalind").toString();
    }

    @Test
    void startsAPlanFromTemplatesWithMeasurableGoalsInterventionsAndAReviewDate() {
        Api.Response created = rivera.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "CCM", "templates", List.of("diabetes", "hypertension")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/care-plans/" + created.json().get("id").asString());
        JsonNode plan = rivera.get(created.location()).json();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("signOff").asString()).isEqualTo("NEEDS_SIGN_OFF");
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        JsonNode content = plan.get("content");
        assertThat(content.get("problems").findValuesAsString("conditionCode")).containsExactly("E11.9", "I10");
        JsonNode hba1c = goal(content, "HbA1c < 7 %");
        assertThat(hba1c.get("target").get("comparator").asString()).isEqualTo("<");
        assertThat(hba1c.get("target").get("value").asString()).isEqualTo("7");
        assertThat(hba1c.get("patientWords").asString()).isNotBlank();
        assertThat(hba1c.get("problemId").asString()).isEqualTo(content.get("problems").get(0).get("id").asString());
        assertThat(LocalDate.parse(hba1c.get("targetDate").asString())).isEqualTo(LocalDate.now(clock).plusMonths(6));
        assertThat(content.get("interventions").findValuesAsString("responsibleParty"))
                .contains("PATIENT", "CARE_MANAGER", "PROVIDER");
        assertThat(content.get("review").get("interval").asString()).isEqualTo("P3M");
    }

    @Test
    void aTemplateProblemThePatientHasOnTheProblemListIsLinkedToThatEntry() {
        UUID condition = UUID.randomUUID();
        jdbc.sql("""
                insert into condition (id, patient_id, icd10_code, code_system, code, display, clinical_status)
                values (?, ?, 'E11.65', 'http://hl7.org/fhir/sid/icd-10-cm', 'E11.65',
                        'Type 2 diabetes mellitus with hyperglycemia', 'active')""")
                .params(condition, UUID.fromString(patientId)).update();

        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes", "hypertension");

        JsonNode problems = rivera.get("/api/care-plans/" + plan).json().get("content").get("problems");
        assertThat(problems.get(0).get("conditionId").asString()).isEqualTo(condition.toString());
        assertThat(problems.get(0).get("conditionCode").asString()).isEqualTo("E11.65");
        assertThat(problems.get(1).get("conditionId").isNull()).as("no hypertension on the problem list").isTrue();
        assertThat(problems.get(1).get("conditionCode").asString()).isEqualTo("I10");
    }

    @Test
    void theApiIsDocumentedForOpenApi() {
        JsonNode docs = Api.at(port).anonymous().get("/v3/api-docs").json();

        assertThat(docs.get("paths").propertyNames()).contains("/api/patients/{patientId}/care-plans",
                "/api/care-plans/{id}/versions/compare", "/api/care-plans/{id}/signature",
                "/api/care-plans/{id}/patient-copy.pdf", "/api/care-plans/{id}/fhir");
    }

    @Test
    void aSecondLivingPlanForTheSameProgramIsRefused() {
        TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");

        Api.Response again = rivera.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "CCM", "templates", List.of("copd")));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already has a living CCM care plan");
        assertThat(rivera.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "RPM", "templates", List.of("hypertension"))).status()).isEqualTo(201);
        assertThat(rivera.get("/api/patients/" + patientId + "/care-plans").json().size()).isEqualTo(2);
    }

    @Test
    void aCompletedPlanMakesRoomForANewOneInTheProgram() {
        String first = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");

        assertThat(rivera.postJson("/api/care-plans/" + first + "/completion", Map.of()).json().get("status").asString())
                .isEqualTo("COMPLETED");

        assertThat(rivera.putJson("/api/care-plans/" + first, Map.of("basedOnVersion", 1, "barriers", List.of("x")))
                .status()).isEqualTo(409);
        assertThat(rivera.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "CCM", "templates", List.of("diabetes", "depression"))).status()).isEqualTo(201);
    }

    @Test
    void anUnknownTemplateOrProgramIsRefusedNamingTheField() {
        Api.Response unknown = rivera.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "CCM", "templates", List.of("diabetes", "gout")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("templates[1]");

        Api.Response badProgram = rivera.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "XYZ", "templates", List.of("diabetes")));
        assertThat(badProgram.status()).isEqualTo(400);
        assertThat(badProgram.json().get("errors").findValuesAsString("field")).containsExactly("program");
    }

    @Test
    void aRevisionMakesANewVersionAndAStaleOneIsRefusedWithoutChangingAnything() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");

        Api.Response revised = rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1,
                "barriers", List.of("Cost of test strips"), "note", "monthly call"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("version").asInt()).isEqualTo(2);

        Api.Response stale = Api.at(port).as("rn.patel").putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1,
                "barriers", List.of("Lives alone")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        JsonNode current = rivera.get("/api/care-plans/" + plan).json();
        assertThat(current.get("content").get("barriers").get(0).asString()).isEqualTo("Cost of test strips");
        JsonNode versions = rivera.get("/api/care-plans/" + plan + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("changedBy").asString()).isEqualTo("cm.rivera");
        assertThat(versions.get(1).get("summary").asString()).isEqualTo("Added barrier: Cost of test strips");
        assertThat(versions.get(1).get("note").asString()).isEqualTo("monthly call");
    }

    @Test
    void ofTwoEditorsSavingTheSameVersionAtOnceOneWinsAndTheOtherGets409() throws Exception {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");
        Api patel = Api.at(port).as("rn.patel");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        for (Api editor : List.of(rivera, patel)) {
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return editor.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1,
                        "strengths", List.of("Edited by " + editor.hashCode()))).status();
            }));
        }
        start.countDown();

        List<Integer> statuses = saves.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(rivera.get("/api/care-plans/" + plan + "/versions").json().size()).isEqualTo(2);
    }

    @Test
    void billersNeitherReadNorChangeACarePlan() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");
        Api biller = Api.at(port).as("biller");

        assertThat(biller.get("/api/care-plans/" + plan).status()).isEqualTo(403);
        assertThat(biller.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1, "barriers", List.of("x")))
                .status()).isEqualTo(403);
        assertThat(biller.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "PCM", "templates", List.of("copd"))).status()).isEqualTo(403);
        assertThat(rivera.get("/api/care-plans/" + plan).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anIncompleteGoalIsRefusedNamingTheField() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");

        Api.Response refused = rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1,
                "goals", List.of(Map.of("description", "Feel better", "target", Map.of("measure", "Mood", "value", "good")))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("goals[0].target.comparator");
    }

    @Test
    void comparingTwoVersionsShowsWhatWasAddedRemovedAndChanged() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");
        JsonNode content = rivera.get("/api/care-plans/" + plan).json().get("content");
        ObjectNode hba1c = (ObjectNode) goal(content, "HbA1c < 7 %").deepCopy();
        hba1c.put("description", "HbA1c < 8 %");
        ((ObjectNode) hba1c.get("target")).put("value", "8");
        rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1, "goals", List.of(hba1c)));
        rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 2, "preferences", List.of("Calls after 4 pm")));

        JsonNode comparison = rivera.get("/api/care-plans/" + plan + "/versions/compare?from=1&to=3").json();

        assertThat(comparison.get("sections").findValuesAsString("section")).containsExactly("goals", "preferences");
        JsonNode goals = comparison.get("sections").get(0);
        assertThat(goals.get("changed").get(0).get("before").get("description").asString()).isEqualTo("HbA1c < 7 %");
        assertThat(goals.get("changed").get(0).get("after").get("description").asString()).isEqualTo("HbA1c < 8 %");
        assertThat(goals.get("removed").get(0).get("description").asString()).isEqualTo("Walk 20 minutes 5 days a week");
        assertThat(comparison.get("sections").get(1).get("added").get(0).asString()).isEqualTo("Calls after 4 pm");
        assertThat(rivera.get("/api/care-plans/" + plan + "/versions/compare?from=1&to=9").status()).isEqualTo(400);
    }

    @Test
    void theMonthlyCallRecordsAGoalsProgressAsANewVersion() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");
        String goalId = goal(rivera.get("/api/care-plans/" + plan).json().get("content"), "HbA1c < 7 %").get("id").asString();

        Api.Response updated = rivera.putJson("/api/care-plans/" + plan + "/goals/" + goalId + "/progress",
                Map.of("basedOnVersion", 1, "status", "ACTIVE", "achievement", "IMPROVING", "note", "HbA1c 7.6 from 8.2"));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        JsonNode goal = goal(updated.json().get("content"), "HbA1c < 7 %");
        assertThat(goal.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(goal.get("achievement").asString()).isEqualTo("IMPROVING");
        assertThat(rivera.get("/api/care-plans/" + plan + "/versions").json().get(1).get("summary").asString())
                .isEqualTo("Changed goal: HbA1c < 7 %");
        assertThat(rivera.putJson("/api/care-plans/" + plan + "/goals/" + goalId + "/progress",
                Map.of("basedOnVersion", 1, "achievement", "ACHIEVED")).status()).isEqualTo(409);
    }

    @Test
    void socialNeedsFromAScreenBecomeProblemsOnTheLivingPlanOnce() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");
        UUID practice = UUID.fromString(rivera.get("/api/care-plans/" + plan).json().get("practiceId").asString());
        SocialNeedsIdentified found = new SocialNeedsIdentified(UUID.fromString(patientId), practice, UUID.randomUUID(),
                List.of(new AssessmentResult.SocialNeed("food-insecurity", "Worried food would run out")), clock.instant());

        events.publishEvent(found);
        events.publishEvent(found);

        JsonNode read = rivera.get("/api/care-plans/" + plan).json();
        assertThat(read.get("version").asInt()).isEqualTo(2);
        assertThat(read.get("content").get("problems").findValuesAsString("sdohDomain")).filteredOn(domain -> !domain.isEmpty())
                .containsExactly("food-insecurity");
        assertThat(read.get("content").get("problems").findValuesAsString("description")).contains("Worried food would run out");
        assertThat(rivera.get("/api/care-plans/" + plan + "/versions").json().get(1).get("summary").asString())
                .isEqualTo("Added problem: Worried food would run out");
    }

    @Test
    void aCareManagerOfAnotherPracticeSeesNoPlanOfThisPatient() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");

        assertThat(okafor.get("/api/care-plans/" + plan).status()).isEqualTo(404);
        assertThat(okafor.get("/api/care-plans/" + plan + "/versions").status()).isEqualTo(404);
        assertThat(okafor.get("/api/care-plans/" + plan + "/versions/compare?from=1&to=1").status()).isEqualTo(404);
        assertThat(okafor.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1, "barriers", List.of("x"))).status())
                .isEqualTo(404);
        assertThat(okafor.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of()).status()).isEqualTo(404);
        assertThat(okafor.get("/api/care-plans/" + plan + "/patient-copy.pdf").status()).isEqualTo(404);
        assertThat(okafor.get("/api/care-plans/" + plan + "/fhir").status()).isEqualTo(404);
        assertThat(okafor.postJson("/api/care-plans/" + plan + "/copies-given",
                Map.of("method", "MAIL", "givenOn", LocalDate.now(clock).toString(), "to", "patient")).status()).isEqualTo(404);
        assertThat(okafor.get("/api/patients/" + patientId + "/care-plans").status()).isEqualTo(404);
        assertThat(okafor.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", "CCM", "templates", List.of("copd"))).status()).isEqualTo(404);
        assertThat(rivera.get("/api/care-plans/" + plan).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void everyReadAndWriteOfAPlanIsAudited() {
        String plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes");
        rivera.get("/api/care-plans/" + plan);
        rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1, "barriers", List.of("Stairs")));
        rivera.get("/api/care-plans/" + plan + "/patient-copy.pdf");

        List<String> actions = jdbc.sql("""
                select action from audit_event where resource_type = 'CarePlan' and resource_id = ? and username = 'cm.rivera'
                 order by id""").param(plan).query(String.class).list();

        assertThat(actions).containsSubsequence("CREATE", "READ", "UPDATE", "EXPORT");
    }

    static JsonNode goal(JsonNode content, String description) {
        for (JsonNode goal : content.get("goals")) {
            if (goal.get("description").asString().equals(description)) {
                return goal;
            }
        }
        throw new AssertionError("No goal " + description + " in " + content);
    }
}
