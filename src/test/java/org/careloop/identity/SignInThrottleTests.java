package org.careloop.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careloop.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong passwords slow their source down; they never lock the account for its owner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Staff staff;

    @Autowired
    Practices practices;

    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
    }

    @Test
    void fiveWrongPasswordsMakeTheirAddressWaitWithRetryAfter() {
        Staff.Person person = staffNamed("throttle.wait");
        Api attacker = api.from("203.0.113.5");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(attacker.as(person.username(), "wrong-" + attempt).get("/api/tokens").status()).isEqualTo(401);
        }
        Api.Response refused = attacker.as(person.username(), "wrong-again").get("/api/tokens");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After").orElseThrow())).isBetween(1, 30);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(attacker.as(person.username(), "right-password").get("/api/tokens").status())
                .as("even the right password waits at the guessing address").isEqualTo(429);
    }

    @Test
    void wrongPasswordsNeverLockTheOwnerOutElsewhereNorTheirTokens() {
        Staff.Person person = staffNamed("throttle.victim");
        String token = api.from("198.51.100.7").as(person.username(), "right-password")
                .postJson("/api/tokens", Map.of("name", "worklist script")).json().get("token").asString();
        Api attacker = api.from("203.0.113.6");
        for (int attempt = 0; attempt < 8; attempt++) {
            attacker.as(person.username(), "wrong-" + attempt).get("/api/tokens");
        }
        assertThat(api.from("198.51.100.7").as(person.username(), "right-password").get("/api/tokens").status())
                .as("the owner signs in from their own desk").isEqualTo(200);
        assertThat(attacker.withToken(token).get("/api/tokens").status()).as("tokens keep working").isEqualTo(200);
        assertThat(api.as("admin").from("203.0.113.6").get("/api/tokens").status())
                .as("other accounts from the same address are not affected").isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksAWaitingUserName() {
        Staff.Person person = staffNamed("throttle.unlocked");
        Api desk = api.from("192.0.2.44");
        for (int attempt = 0; attempt < 6; attempt++) {
            desk.as(person.username(), "forgotten-" + attempt).get("/api/tokens");
        }
        assertThat(desk.as(person.username(), "right-password").get("/api/tokens").status()).isEqualTo(429);
        assertThat(api.as("cm.rivera").postJson("/api/staff/" + person.id() + "/unlock", Map.of()).status())
                .as("only an administrator unlocks").isEqualTo(403);
        assertThat(api.as("admin").postJson("/api/staff/" + person.id() + "/unlock", Map.of()).status()).isEqualTo(204);
        assertThat(desk.as(person.username(), "right-password").get("/api/tokens").status()).isEqualTo(200);
    }

    @Test
    void aFloodOfWrongPasswordsLeavesAFewAuditLinesNotOnePerAttempt() {
        Staff.Person person = staffNamed("throttle.flood");
        Api attacker = api.from("203.0.113.9");
        for (int attempt = 0; attempt < 60; attempt++) {
            attacker.as(person.username(), "guess-" + attempt).get("/api/worklist");
        }
        api.as("admin").postJson("/api/staff/" + person.id() + "/unlock", Map.of());
        attacker.as(person.username(), "right-password").get("/api/worklist");
        List<String> trail = jdbc.sql("select action || ' ' || detail from audit_event where username = ? order by id")
                .param(person.username()).query(String.class).list();
        assertThat(trail).hasSizeLessThanOrEqualTo(8);
        assertThat(trail).filteredOn(line -> line.startsWith("LOGIN_FAILED")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(trail).anyMatch(line -> line.contains("refused without checking the password"));
        assertThat(trail).anyMatch(line -> line.contains("55 attempts refused"));
    }

    private Staff.Person staffNamed(String username) {
        return staff.findByUsername(username).orElseGet(() -> staff.hire(username, username, "right-password", null, null,
                List.of(Role.CARE_MANAGER), Set.of(practices.findByName("Riverside Family Medicine").orElseThrow().id())));
    }
}
