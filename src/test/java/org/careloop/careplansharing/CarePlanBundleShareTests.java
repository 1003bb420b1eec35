package org.careloop.careplansharing;

import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan shared as a FHIR bundle for the other EHR: the answer is the Bundle itself (Patient, CarePlan, Goals,
 * with the Conditions it addresses), kept as it was handed over and recorded like an e-mail. Without a mail server
 * an e-mail is refused saying which setting is missing, and nothing pretends to have been sent. Another practice's
 * user reaches neither the share nor its bundle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarePlanBundleShareTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFhirShareAnswersTheBundleKeepsItAndRecordsWhoSharedWhichVersion() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Bundle practice");
        UUID patient = team.enrolledPatient("Lindqvist", "Arne");
        String plan = TestPatients.signedCarePlan(team.careManager, team.provider, patient, "diabetes");

        Api.Response shared = team.careManager.postJson(CarePlanEmailTests.shares(patient),
                Map.of("recipientName", "Valley Home Health", "method", "FHIR_BUNDLE"));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(shared.contentType()).startsWith("application/fhir+json");
        assertThat(shared.header("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".fhir.json");
        JsonNode bundle = shared.json();
        assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
        assertThat(bundle.get("entry").valueStream().map(e -> e.get("resource").get("resourceType").asString()))
                .startsWith("Patient", "CarePlan").contains("Goal");
        JsonNode carePlan = bundle.get("entry").get(1).get("resource");
        assertThat(carePlan.get("id").asString()).isEqualTo(plan);
        assertThat(carePlan.get("subject").get("reference").asString()).isEqualTo("urn:uuid:" + patient);
        assertThat(bundle.get("entry").get(0).get("fullUrl").asString()).isEqualTo("urn:uuid:" + patient);
        assertThat(carePlan.get("contained").valueStream().map(c -> c.get("resourceType").asString())).contains("Condition");

        String location = shared.location();
        assertThat(location).startsWith("/api/care-plan-shares/");
        Api.Response kept = team.provider.get(location);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json()).isEqualTo(bundle);
        JsonNode listed = team.careManager.get(CarePlanEmailTests.shares(patient)).json();
        assertThat(listed.get(0).get("method").asString()).isEqualTo("FHIR_BUNDLE");
        assertThat(listed.get(0).get("planVersion").asInt()).isEqualTo(carePlan.get("meta").get("versionId").asInt());
        String card = team.signIn(team.careManagerUsername()).htmx("/care-plans/" + plan + "/shares").body();
        assertThat(card).contains("Shared with Valley Home Health on").contains("(FHIR bundle)")
                .contains("/shares/" + listed.get(0).get("id").asString() + "/bundle.json");
    }

    @Test
    void withoutAMailServerAnEmailIsRefusedNamingTheSettingAndNothingIsRecorded() {
        CareTeam team = CareTeam.hire(port, practices, staff, "No mail practice");
        UUID patient = team.patient("Moreau", "Celine");
        TestPatients.startCarePlan(team.careManager, patient, "CCM", "hypertension");

        Api.Response refused = team.careManager.postJson(CarePlanEmailTests.shares(patient), Map.of(
                "recipientName", "Dr Chen", "email", "dr.chen@heart.example", "method", "EMAIL"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.json().get("detail").asString()).contains("E-mail is not set up").contains("spring.mail.host");
        assertThat(jdbc.sql("select count(*) from care_plan_share where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPatientWithTwoLivingPlansMustSayWhichAndAnotherPracticeReachesNoShare() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Two plans practice");
        CareTeam stranger = CareTeam.hire(port, practices, staff, "Stranger bundle practice");
        UUID patient = team.patient("Novak", "Petr");
        String ccm = TestPatients.startCarePlan(team.careManager, patient, "CCM", "hypertension");
        TestPatients.startCarePlan(team.careManager, patient, "PCM", "diabetes");

        Api.Response ambiguous = team.careManager.postJson(CarePlanEmailTests.shares(patient),
                Map.of("recipientName", "Dr Osei", "method", "FHIR_BUNDLE"));
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.text()).contains("carePlanId").contains("2 living plans");
        Api.Response shared = team.careManager.postJson(CarePlanEmailTests.shares(patient),
                Map.of("recipientName", "Dr Osei", "method", "FHIR_BUNDLE", "carePlanId", ccm));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);

        assertThat(stranger.careManager.get(shared.location()).status()).isEqualTo(404);
        assertThat(stranger.signIn(stranger.careManagerUsername()).get("/care-plans/" + ccm + "/shares").statusCode())
                .isEqualTo(404);
        assertThat(stranger.careManager.postJson(CarePlanEmailTests.shares(patient),
                Map.of("recipientName", "Dr Osei", "method", "FHIR_BUNDLE", "carePlanId", ccm)).status()).isEqualTo(404);
        assertThat(team.careManager.get("/api/care-plan-shares/" + UUID.randomUUID() + "/bundle").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from care_plan_share where patient_id = ?").param(patient)
                .query(Long.class).single()).isEqualTo(1);
    }
}
