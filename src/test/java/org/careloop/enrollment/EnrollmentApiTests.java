package org.careloop.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
class EnrollmentApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    Api chen;
    UUID patient;
    final LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        chen = Api.at(port).as("dr.chen");
        patient = TestPatients.register(rivera, "Lindqvist", "Eva");
    }

    @Test
    void referAttestConsentMakesTheEnrollmentActiveAndKeepsEveryMove() {
        JsonNode referred = refer("CCM", user("dr.chen"));
        assertThat(referred.get("status").asString()).isEqualTo("REFERRED");
        String id = referred.get("id").asString();

        JsonNode attested = chen.postJson("/api/enrollments/" + id + "/attestation",
                Map.of("version", referred.get("version").asInt(), "note", "diabetes and hypertension, risk of decompensation")).json();
        assertThat(attested.get("status").asString()).isEqualTo("ELIGIBLE");

        JsonNode active = rivera.postJson("/api/enrollments/" + id + "/consent", consent(true)).json();
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("startOn").asString()).isEqualTo(today.toString());
        assertThat(active.get("history").valueStream().map(move -> move.get("to").asString()).toList())
                .containsExactly("REFERRED", "ELIGIBLE", "ACTIVE");
        assertThat(active.get("history").get(2).get("reason").asString()).isEqualTo("consent recorded (verbal)");
    }

    @Test
    void consentWithoutEveryDisclosureIsRefusedNamingEachAndStoresNothing() {
        String id = refer("CCM", user("dr.chen")).get("id").asString();
        Api.Response refused = rivera.postJson("/api/enrollments/" + id + "/consent", consent(false));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("disclosures.costSharing", "disclosures.rightToStop");
        assertThat(jdbc.sql("select count(*) from consent where enrollment_id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCareManagerCannotAttestAndAnEnrollmentCannotSkipConsent() {
        JsonNode referred = refer("CCM", user("dr.chen"));
        String id = referred.get("id").asString();
        assertThat(rivera.postJson("/api/enrollments/" + id + "/attestation", Map.of("version", 0)).status()).isEqualTo(409);
        JsonNode eligible = chen.postJson("/api/enrollments/" + id + "/attestation", Map.of("version", 0)).json();
        Api.Response skipped = rivera.postJson("/api/enrollments/" + id + "/moves",
                Map.of("version", eligible.get("version").asInt(), "to", "ACTIVE", "reason", "patient agreed"));
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.json().get("detail").asString()).contains("is eligible").contains("record the patient's consent");
    }

    @Test
    void everyMoveNeedsAReason() {
        JsonNode referred = refer("CCM", user("dr.chen"));
        Api.Response response = rivera.postJson("/api/enrollments/" + referred.get("id").asString() + "/moves",
                Map.of("version", referred.get("version").asInt(), "to", "DISENROLLED"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void revokedConsentEndsTheEnrollmentAtTheEndOfThatMonth() {
        String id = activeEnrollment();
        JsonNode ended = rivera.postJson("/api/enrollments/" + id + "/consent/revocation",
                Map.of("revokedOn", today.toString(), "reason", "patient declined further calls")).json();
        assertThat(ended.get("status").asString()).isEqualTo("DISENROLLED");
        assertThat(ended.get("endOn").asString()).isEqualTo(today.withDayOfMonth(today.lengthOfMonth()).toString());
        assertThat(ended.get("consents").get(0).get("revokedOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void aNewBillingPractitionerNeedsANewConsent() {
        String id = activeEnrollment();
        UUID other = UUID.fromString(jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, npi)
                values (gen_random_uuid(), 'dr.second.' || floor(random() * 1e9)::text, 'Dr Second', 'x', '1003000126') returning id""")
                .query(String.class).single());
        jdbc.sql("insert into user_role (user_id, role) values (?, 'PROVIDER')").param(other).update();
        jdbc.sql("insert into practice_member (user_id, practice_id) select ?, id from practice where name = 'Riverside Family Medicine'")
                .param(other).update();
        int version = rivera.get("/api/enrollments/" + id).json().get("version").asInt();
        JsonNode changed = rivera.putJson("/api/enrollments/" + id + "/billing-practitioner",
                Map.of("version", version, "billingPractitionerId", other.toString(), "reason", "Dr Chen retired")).json();
        assertThat(changed.get("status").asString()).isEqualTo("CONSENT_PENDING");
        JsonNode reconsented = rivera.postJson("/api/enrollments/" + id + "/consent", consent(true)).json();
        assertThat(reconsented.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(reconsented.get("consents").size()).isEqualTo(2);
    }

    @Test
    void theBillingPractitionerMustBeAProviderOfThePractice() {
        Api.Response response = rivera.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", user("cm.rivera").toString()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("billingPractitionerId");
    }

    @Test
    void anotherPracticeCannotSeeOrTouchTheEnrollment() {
        String id = refer("CCM", user("dr.chen")).get("id").asString();
        Api okafor = Api.at(port).as("cm.okafor");
        assertThat(okafor.get("/api/patients/" + patient + "/enrollments").status()).isEqualTo(404);
        assertThat(okafor.get("/api/enrollments/" + id).status()).isEqualTo(404);
        assertThat(okafor.postJson("/api/enrollments/" + id + "/consent", consent(true)).status()).isEqualTo(404);
    }

    private String activeEnrollment() {
        JsonNode referred = refer("CCM", user("dr.chen"));
        String id = referred.get("id").asString();
        chen.postJson("/api/enrollments/" + id + "/attestation", Map.of("version", referred.get("version").asInt()));
        rivera.postJson("/api/enrollments/" + id + "/consent", consent(true));
        return id;
    }

    private JsonNode refer(String program, UUID practitioner) {
        Api.Response response = rivera.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", program, "billingPractitionerId", practitioner.toString(), "reason", "two chronic conditions"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private Map<String, Object> consent(boolean everyDisclosure) {
        Map<String, Object> disclosures = new HashMap<>();
        disclosures.put("costSharing", everyDisclosure);
        disclosures.put("onePractitionerPerMonth", true);
        disclosures.put("electronicSharing", true);
        if (everyDisclosure) {
            disclosures.put("rightToStop", true);
        }
        return Map.of("method", "VERBAL", "obtainedOn", today.toString(), "disclosures", disclosures, "language", "en");
    }

    private UUID user(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }
}
