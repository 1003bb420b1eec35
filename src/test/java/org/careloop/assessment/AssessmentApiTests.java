package org.careloop.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    UUID patient;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        patient = TestPatients.register(rivera, "Quill", "Harriet");
    }

    @Test
    void phq9WithItemNineOpensASameDayNurseEscalation() {
        Api.Response response = rivera.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(0, 1, 0, 1, 0, 0, 0, 0, 1)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("score").asInt()).isEqualTo(3);
        assertThat(response.json().get("severity").asString()).isEqualTo("minimal");
        assertThat(response.json().get("positive").asBoolean()).isFalse();
        assertThat(response.json().get("flags").get(0).asString()).isEqualTo("SUICIDE_RISK");

        JsonNode nursePool = Api.at(port).as("rn.patel").get("/api/tasks?view=POOL").json();
        assertThat(nursePool.valueStream().filter(task -> task.get("patientId").asString().equals(patient.toString())))
                .singleElement().satisfies(task -> {
                    assertThat(task.get("kind").asString()).isEqualTo("ESCALATION");
                    assertThat(task.get("priority").asString()).isEqualTo("URGENT");
                    assertThat(task.get("rolePool").asString()).isEqualTo("NURSE");
                    assertThat(task.get("title").asString()).contains("suicide-risk");
                    assertThat(task.get("dueOn").asString()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString());
                });
    }

    @Test
    void positivePhq2AsksForPhq9AndThePhq9ClosesIt() {
        Api.Response phq2 = rivera.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-2", "answers", List.of(2, 2)));
        assertThat(phq2.json().get("positive").asBoolean()).isTrue();
        assertThat(phq2.json().get("followUps").get(0).asString()).contains("PHQ-9");
        assertThat(openPositives()).isEqualTo(1);

        rivera.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(2, 2, 1, 1, 0, 0, 0, 0, 0)));
        assertThat(openPositives()).isZero(); // the PHQ-9 of 6 is not positive, and it follows up the PHQ-2
        assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ? and instrument = 'phq-2' and followed_up_at is not null")
                .param(patient).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ahcPositivesBecomeSocialNeedsOnThePatient() {
        Api.Response response = rivera.postJson("/api/patients/" + patient + "/assessments", Map.of("instrument", "AHC HRSN",
                "answers", List.of("steady-place", List.of("none"), "often-true", "never-true", "yes", "no",
                        "never", "never", "never", "never")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select domain from social_need where patient_id = ? order by domain").param(patient)
                .query(String.class).list()).containsExactly("food-insecurity", "transportation");
    }

    @Test
    void badAnswersAreRefusedNamingTheItemAndStoreNothing() {
        Api.Response response = rivera.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(0, 1, 0, 1, 7, 0, 0, 0, 1)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("answers[4]");
        Api.Response tooFew = rivera.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(0, 1)));
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from task where patient_id = ?").param(patient).query(Long.class).single()).isZero();
    }

    @Test
    void listsAssessmentsNewestFirst() {
        rivera.postJson("/api/patients/" + patient + "/assessments", Map.of("instrument", "GAD-7", "answers", List.of(1, 1, 1, 1, 1, 1, 1)));
        rivera.postJson("/api/patients/" + patient + "/assessments", Map.of("instrument", "PHQ-2", "answers", List.of(0, 0)));
        JsonNode list = rivera.get("/api/patients/" + patient + "/assessments").json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("instrumentTitle").asString()).isEqualTo("PHQ-2");
        assertThat(list.get(1).get("severity").asString()).isEqualTo("mild");
    }

    @Test
    void anotherPracticesCareManagerCannotSeeOrAdminister() {
        Api okafor = Api.at(port).as("cm.okafor");
        assertThat(okafor.get("/api/patients/" + patient + "/assessments").status()).isEqualTo(404);
        assertThat(okafor.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-2", "answers", List.of(0, 0))).status()).isEqualTo(404);
    }

    private long openPositives() {
        return jdbc.sql("select count(*) from assessment_response where patient_id = ? and positive and followed_up_at is null")
                .param(patient).query(Long.class).single();
    }
}
