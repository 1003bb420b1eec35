package org.careloop.identity;

import java.util.Map;

import org.careloop.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAndTokenTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
    }

    @Test
    void healthIsPublicAndUp() {
        Api.Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void apiRefusesAnonymousCallers() {
        assertThat(api.get("/api/tokens").status()).isEqualTo(401);
    }

    @Test
    void demoCareManagerSignsInWithBasicAuthentication() {
        assertThat(api.as("cm.rivera").get("/api/tokens").status()).isEqualTo(200);
    }

    @Test
    void theSignInFormRefusesAPostWithoutItsCsrfToken() {
        Api.Response response = api.post("/login", "application/x-www-form-urlencoded",
                "username=cm.rivera&password=careloop-demo".getBytes());
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void apiTokenWorksUntilRevoked() {
        Api rivera = api.as("cm.rivera");
        Api.Response issued = rivera.postJson("/api/tokens", Map.of("name", "test script"));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(api.withToken(token).get("/api/tokens").status()).isEqualTo(200);
        assertThat(rivera.delete("/api/tokens/" + issued.json().get("id").asString()).status()).isEqualTo(204);
        assertThat(api.withToken(token).get("/api/tokens").status()).isEqualTo(401);
    }

    @Test
    void tokenRequestWithoutNameNamesTheField() {
        Api.Response response = api.as("cm.rivera").postJson("/api/tokens", Map.of());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void staffOfMyPracticesCanBeListedByRole() {
        var providers = api.as("cm.rivera").get("/api/staff?role=PROVIDER").json();
        assertThat(providers.valueStream().map(p -> p.get("username").asString()).toList()).contains("dr.chen").doesNotContain("dr.osei");
        assertThat(providers.get(0).get("npi").asString()).matches("\\d{10}");
    }

    @Test
    void auditTrailIsForAdministratorsOnly() {
        assertThat(api.as("cm.rivera").get("/api/audit").status()).isEqualTo(403);
        Api.Response trail = api.as("admin").get("/api/audit?user=cm.rivera");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.json().get("total").asLong()).isGreaterThan(0);
    }

    @Test
    void theDatabaseRefusesToRewriteTheAuditTrail() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause().hasMessageContaining("permission denied");
    }
}
