package org.careloop.identity;

import java.time.OffsetDateTime;
import java.util.Map;

import org.careloop.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** API tokens expire, do only what their scope allows, and cannot mint further tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenScopeTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api rivera;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        rivera = api.as("cm.rivera");
    }

    @Test
    void aTokenExpiresAfterTheDefaultNinetyDaysUnlessToldOtherwise() {
        Api.Response issued = rivera.postJson("/api/tokens", Map.of("name", "default life"));
        assertThat(OffsetDateTime.parse(issued.json().get("expiresAt").asString()))
                .isCloseTo(OffsetDateTime.now().plusDays(90), within(1, java.time.temporal.ChronoUnit.HOURS));
        Api.Response week = rivera.postJson("/api/tokens", Map.of("name", "a week", "validForDays", 7));
        assertThat(OffsetDateTime.parse(week.json().get("expiresAt").asString()))
                .isCloseTo(OffsetDateTime.now().plusDays(7), within(1, java.time.temporal.ChronoUnit.HOURS));
    }

    @Test
    void aTokenLongerThanTheMaximumIsRefusedNamingTheField() {
        Api.Response refused = rivera.postJson("/api/tokens", Map.of("name", "forever", "validForDays", 366));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("validForDays");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Api.Response issued = rivera.postJson("/api/tokens", Map.of("name", "soon gone", "validForDays", 1));
        Api token = api.withToken(issued.json().get("token").asString());
        assertThat(token.get("/api/worklist").status()).isEqualTo(200);
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?::uuid")
                .param(issued.json().get("id").asString()).update();
        assertThat(token.get("/api/worklist").status()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMintAnotherToken() {
        Api token = api.withToken(rivera.postJson("/api/tokens", Map.of("name", "full")).json().get("token").asString());
        assertThat(token.postJson("/api/tokens", Map.of("name", "offspring")).status()).isEqualTo(403);
    }

    @Test
    void aReadOnlyTokenReadsButRefusesWrites() {
        Api token = tokenWithScope("READ_ONLY");
        assertThat(token.get("/api/worklist").status()).isEqualTo(200);
        Api.Response write = token.postJson("/api/patients",
                Map.of("familyName", "Blocked", "givenNames", "Write", "birthDate", "1950-01-01", "sex", "female"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.text()).contains("READ_ONLY");
    }

    @Test
    void aFhirImportTokenOnlyPostsBundles() {
        Api token = tokenWithScope("FHIR_IMPORT");
        assertThat(token.get("/api/worklist").status()).isEqualTo(403);
        assertThat(token.get("/fhir/Patient").status()).isEqualTo(403);
        Api.Response imported = token.post("/fhir", "application/fhir+json",
                "{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[]}".getBytes());
        assertThat(imported.status()).isNotIn(401, 403);
    }

    @Test
    void aDeviceFeedTokenOnlyPostsToTheFhirEndpoint() {
        Api token = tokenWithScope("DEVICE_FEED");
        assertThat(token.get("/api/patients").status()).isEqualTo(403);
        assertThat(token.postJson("/api/patients", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aDeviceFeedTokenPostsReadingsButNoOtherRecords() {
        Api token = tokenWithScope("DEVICE_FEED");
        String bundle = """
                {"resourceType":"Bundle","type":"transaction","entry":[
                 {"fullUrl":"urn:uuid:feed-patient","resource":{"resourceType":"Patient",
                   "identifier":[{"system":"urn:device-feed","value":"smuggled-1"}],
                   "name":[{"family":"Smuggled","given":["Feed"]}],"gender":"female","birthDate":"1950-01-01"}},
                 {"fullUrl":"urn:uuid:feed-reading","resource":{"resourceType":"Observation","status":"final",
                   "code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}]},
                   "subject":{"reference":"urn:uuid:feed-patient"},"effectiveDateTime":"2026-01-05T08:00:00Z",
                   "valueQuantity":{"value":80,"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}}}]}""";

        Api.Response refused = token.post("/fhir", "application/fhir+json", bundle.getBytes());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(refused.text()).contains("Bundle.entry[0]").contains("urn:uuid:feed-patient").contains("Patient");
        assertThat(jdbc.sql("select count(*) from patient where family_name = 'Smuggled'").query(Long.class).single())
                .isZero();

        String readings = """
                {"resourceType":"Bundle","type":"transaction","entry":[
                 {"fullUrl":"urn:uuid:feed-scale","resource":{"resourceType":"Device","status":"active"}},
                 {"fullUrl":"urn:uuid:feed-weight","resource":{"resourceType":"Observation","status":"final",
                   "code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}]},
                   "device":{"reference":"urn:uuid:feed-scale"},"effectiveDateTime":"2026-01-05T08:00:00Z",
                   "valueQuantity":{"value":80,"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}}}]}""";
        assertThat(token.post("/fhir", "application/fhir+json", readings.getBytes()).status())
                .as("readings and their device pass the scope (the import then judges them)").isNotEqualTo(403);
    }

    @Test
    void lastUseIsRecordedAtMostOncePerMinute() {
        Api.Response issued = rivera.postJson("/api/tokens", Map.of("name", "last use"));
        Api token = api.withToken(issued.json().get("token").asString());
        token.get("/api/worklist");
        OffsetDateTime first = lastUsed(issued);
        assertThat(first).isNotNull();
        token.get("/api/worklist");
        assertThat(lastUsed(issued)).isEqualTo(first);
    }

    private OffsetDateTime lastUsed(Api.Response issued) {
        return jdbc.sql("select last_used_at from api_token where id = ?::uuid").param(issued.json().get("id").asString())
                .query(OffsetDateTime.class).single();
    }

    private Api tokenWithScope(String scope) {
        Api.Response issued = rivera.postJson("/api/tokens", Map.of("name", scope.toLowerCase(), "scope", scope));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().get("scope").asString()).isEqualTo(scope);
        return api.withToken(issued.json().get("token").asString());
    }
}
