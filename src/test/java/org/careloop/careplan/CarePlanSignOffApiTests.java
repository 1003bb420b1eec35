package org.careloop.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.program.CareProgram;
import org.careloop.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarePlanSignOffApiTests {

    /** Listens like another module would, keeping what the care plan module published. */
    @TestConfiguration
    static class PublishedEvents {

        final List<Object> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CarePlanCreated event) {
            received.add(event);
        }

        @EventListener
        void on(CarePlanRevised event) {
            received.add(event);
        }

        @EventListener
        void on(CarePlanSignOffRequested event) {
            received.add(event);
        }

        @EventListener
        void on(CarePlanSigned event) {
            received.add(event);
        }

        @EventListener
        void on(CarePlanCopyGiven event) {
            received.add(event);
        }

        List<Object> about(String planId) {
            return received.stream().filter(event -> event.toString().contains(planId)).toList();
        }
    }

    @Autowired
    PublishedEvents published;

    @Value("${local.server.port}")
    int port;

    @Autowired
    Staff staff;

    @Autowired
    Practices practices;

    @Autowired
    CarePlans carePlans;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    Api chen;
    String patientId;
    String plan;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        chen = Api.at(port).as("dr.chen");
        patientId = CarePlanFixtures.riversidePatient(rivera, "Baptiste");
        plan = CarePlanFixtures.startPlan(rivera, patientId, "CCM", "diabetes", "hypertension");
    }

    @Test
    void aProviderOfThePracticeSignsThePlanSentForSignOffWhichEstablishesIt() {
        Api.Response sent = rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().get("signOff").asString()).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(chen.get("/api/care-plans?awaitingSignOff=true").json().findValuesAsString("id")).contains(plan);

        Api.Response signed = chen.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1));

        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        JsonNode read = signed.json();
        LocalDate today = LocalDate.now(clock);
        assertThat(read.get("signOff").asString()).isEqualTo("SIGNED");
        assertThat(read.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(read.get("establishedOn").asString()).isEqualTo(today.toString());
        assertThat(read.get("lastSignature").get("npi").asString()).isEqualTo("1234567893");
        assertThat(read.get("lastSignature").get("version").asInt()).isEqualTo(1);
        assertThat(read.get("lastSignature").get("signedAt").asString()).isNotBlank();
        assertThat(chen.get("/api/care-plans?awaitingSignOff=true").json().findValuesAsString("id")).doesNotContain(plan);
        assertThat(carePlans.establishedOn(UUID.fromString(patientId), CareProgram.CCM)).contains(today);
        assertThat(carePlans.establishedOn(UUID.fromString(patientId), CareProgram.RPM)).isEmpty();
    }

    @Test
    void otherModulesHearOfEachStepInOrder() {
        rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());
        chen.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1));
        rivera.postJson("/api/care-plans/" + plan + "/copies-given",
                Map.of("method", "IN_PERSON", "givenOn", LocalDate.now(clock).toString(), "to", "patient"));
        rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1, "strengths", List.of("Cooks at home")));

        List<Object> events = published.about(plan);

        assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly("CarePlanCreated",
                "CarePlanSignOffRequested", "CarePlanSigned", "CarePlanCopyGiven", "CarePlanRevised");
        assertThat((CarePlanSigned) events.get(2)).satisfies(signed -> {
            assertThat(signed.establishedOn()).isEqualTo(LocalDate.now(clock));
            assertThat(signed.program()).isEqualTo(CareProgram.CCM);
        });
        assertThat((CarePlanRevised) events.get(4)).satisfies(revised -> {
            assertThat(revised.version()).isEqualTo(2);
            assertThat(revised.substantive()).isFalse();
        });
    }

    @Test
    void aSubstantiveRevisionAfterSigningSendsThePlanBackForSignOff() {
        rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());
        chen.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1));

        Api.Response revised = rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1,
                "interventions", List.of(Map.of("description", "Refer to a dietitian", "responsibleParty", "PROVIDER"))));

        assertThat(revised.json().get("signOff").asString()).isEqualTo("NEEDS_SIGN_OFF");
        JsonNode history = rivera.get("/api/care-plans/" + plan + "/versions").json();
        assertThat(history.get(0).get("signature").get("providerName").asString()).isNotBlank();
        assertThat(history.get(0).get("signature").get("npi").asString()).isEqualTo("1234567893");
        assertThat(history.get(1).get("signature").isNull()).isTrue();
        assertThat(history.get(1).get("substantive").asBoolean()).isTrue();
        assertThat(revised.json().get("establishedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(chen.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 2)).json()
                .get("detail").asString()).contains("NEEDS_SIGN_OFF");
    }

    @Test
    void signingAnOlderVersionThanTheOneSentIsRefused() {
        rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());
        rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1, "strengths", List.of("Walks the dog daily")));

        Api.Response stale = chen.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(rivera.get("/api/care-plans/" + plan).json().get("signOff").asString()).isEqualTo("AWAITING_SIGN_OFF");
    }

    @Test
    void aCareManagerCannotSign() {
        rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());

        assertThat(rivera.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1)).status()).isEqualTo(403);
        assertThat(Api.at(port).as("rn.patel").postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1))
                .status()).isEqualTo(403);
        assertThat(rivera.get("/api/care-plans/" + plan).json().get("signOff").asString()).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where resource_id = ? and username = 'cm.rivera' and outcome = 'DENIED'""")
                .param(plan).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProviderOfAnotherPracticeNeitherSeesNorSignsThePlan() {
        rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());
        Api hill = Api.at(port).as(hillcrestProvider());

        assertThat(hill.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1)).status()).isEqualTo(404);
        assertThat(hill.get("/api/care-plans?awaitingSignOff=true").json().findValuesAsString("id")).doesNotContain(plan);
        assertThat(rivera.get("/api/care-plans/" + plan).json().get("signOff").asString()).isEqualTo("AWAITING_SIGN_OFF");
    }

    @Test
    void sendingTwiceIsRefusedNamingTheState() {
        rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());

        Api.Response again = rivera.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("AWAITING_SIGN_OFF");
    }

    @Test
    void plansDueForReviewAreListedForTheCallersPracticesUntilReviewed() {
        LocalDate today = LocalDate.now(clock);
        rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1,
                "review", Map.of("nextReviewOn", today.toString(), "interval", "P1M")));

        assertThat(rivera.get("/api/care-plans?dueForReviewBy=" + today).json().findValuesAsString("id")).contains(plan);
        assertThat(rivera.get("/api/care-plans?dueForReviewBy=" + today.minusDays(1)).json().findValuesAsString("id"))
                .doesNotContain(plan);
        assertThat(Api.at(port).as("cm.okafor").get("/api/care-plans?dueForReviewBy=" + today).json()
                .findValuesAsString("id")).doesNotContain(plan);

        Api.Response reviewed = rivera.postJson("/api/care-plans/" + plan + "/reviews",
                Map.of("basedOnVersion", 2, "note", "went through every goal"));

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("content").get("review").get("nextReviewOn").asString())
                .isEqualTo(today.plusMonths(1).toString());
        assertThat(rivera.get("/api/care-plans?dueForReviewBy=" + today).json().findValuesAsString("id"))
                .doesNotContain(plan);
        assertThat(carePlans.dueForReview(Set.of(UUID.fromString(reviewed.json().get("practiceId").asString())),
                today.plusMonths(1))).extracting(CarePlanSummary::id).contains(UUID.fromString(plan));
    }

    private String hillcrestProvider() {
        String username = "dr.hill";
        if (staff.findByUsername(username).isEmpty()) {
            UUID hillcrest = practices.findByName("Hillcrest Internal Medicine").orElseThrow().id();
            staff.hire(username, "Dr. Hill", Api.DEMO_PASSWORD, "1245319599", "MD", Set.of(Role.PROVIDER), Set.of(hillcrest));
        }
        return username;
    }
}
