package org.careloop.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careloop.support.Api;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail keeps meaningful authentication events, not a LOGIN line per API request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticationAuditTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Staff staff;

    @Autowired
    Practices practices;

    @Test
    void httpBasicIsAuditedOncePerUserAndAddressADay() {
        hire("audit.basic");
        Api basic = Api.at(port).as("audit.basic", "right-password");
        for (int request = 0; request < 20; request++) {
            assertThat(basic.get("/api/worklist").status()).isEqualTo(200);
        }
        basic.from("198.51.100.20").get("/api/worklist");
        assertThat(trail("audit.basic")).containsExactly(
                "LOGIN API HTTP_BASIC: first HTTP Basic request today from this address",
                "LOGIN API HTTP_BASIC: first HTTP Basic request today from this address");
    }

    @Test
    void aTokenIsAuditedOnItsFirstUseEachDay() {
        hire("audit.token");
        Api api = Api.at(port);
        String token = api.as("audit.token", "right-password").postJson("/api/tokens", Map.of("name", "nightly sync"))
                .json().get("token").asString();
        for (int request = 0; request < 10; request++) {
            assertThat(api.withToken(token).get("/api/worklist").status()).isEqualTo(200);
        }
        assertThat(trail("audit.token")).filteredOn(line -> line.contains("API_TOKEN"))
                .containsExactly("LOGIN API API_TOKEN: first use today of API token 'nightly sync' (FULL)");
    }

    @Test
    void formSignInsAndWrongPasswordsAreAlwaysAudited() {
        hire("audit.form");
        WebSession.signIn(port, "audit.form", "right-password");
        WebSession.signIn(port, "audit.form", "right-password");
        Api.at(port).as("audit.form", "wrong").get("/api/worklist");
        Api.at(port).as("audit.form", "wrong").get("/api/worklist");
        assertThat(trail("audit.form")).containsExactly(
                "LOGIN UI FORM: signed in with the sign-in form",
                "LOGIN UI FORM: signed in with the sign-in form",
                "LOGIN_FAILED API HTTP_BASIC: wrong user name or password",
                "LOGIN_FAILED API HTTP_BASIC: wrong user name or password");
    }

    @Test
    void signingOutOfTheWebApplicationIsAudited() {
        hire("audit.signout");
        WebSession session = WebSession.signIn(port, "audit.signout", "right-password");
        assertThat(session.get("/worklist").statusCode()).isEqualTo(200);
        assertThat(session.post("/logout", Map.of()).statusCode()).isLessThan(400);
        assertThat(session.get("/worklist").statusCode()).as("the session has ended").isNotEqualTo(200);
        assertThat(trail("audit.signout")).containsExactly(
                "LOGIN UI FORM: signed in with the sign-in form",
                "LOGOUT UI FORM: signed out of the web application");
        assertThat(jdbc.sql("select outcome from audit_event where username = 'audit.signout' and action = 'LOGOUT'")
                .query(String.class).single()).isEqualTo("SUCCESS");
    }

    private List<String> trail(String username) {
        return jdbc.sql("select action || ' ' || channel || ' ' || detail from audit_event where username = ? order by id")
                .param(username).query(String.class).list();
    }

    private void hire(String username) {
        staff.hire(username, username, "right-password", null, null, List.of(Role.CARE_MANAGER),
                Set.of(practices.findByName("Riverside Family Medicine").orElseThrow().id()));
    }
}
