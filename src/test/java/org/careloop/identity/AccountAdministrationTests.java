package org.careloop.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.internal.ApiTokens;
import org.careloop.identity.internal.TokenScope;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator edits, deactivates and resets people: a deactivated person's open session and API tokens stop
 * working on their very next request, a reset password must be replaced before anything else, and every password
 * chosen follows the policy, refused beside the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAdministrationTests {

    static final String TEMPORARY = "handed over at the desk";
    static final String OWN = "my own long password";

    @LocalServerPort
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;
    WebSession admin;
    UUID adminId;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Administered");
        team.admin();
        adminId = staff.findByUsername("admin." + team.tag).orElseThrow().id();
        admin = team.signIn("admin." + team.tag);
    }

    @Test
    void deactivatingEndsTheOpenSessionAndRevokesTheTokensAtOnce() {
        WebSession careManager = team.signIn(team.careManagerUsername());
        assertThat(careManager.get("/worklist").statusCode()).isEqualTo(200);
        String token = tokens.issue(team.careManagerId, "script", TokenScope.FULL, null).token();
        assertThat(Api.at(port).withToken(token).get("/api/staff?role=NURSE").status()).isEqualTo(200);

        admin.get("/admin/users/" + team.careManagerId);
        HttpResponse<String> deactivated = admin.post("/admin/users/" + team.careManagerId + "/deactivate", Map.of());

        assertThat(deactivated.statusCode()).isEqualTo(302);
        HttpResponse<String> next = careManager.get("/worklist");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(team.careManagerUsername()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ? and revoked_at is null")
                .param(team.careManagerId).query(Long.class).single()).isZero();
        assertThat(Api.at(port).withToken(token).get("/api/staff?role=NURSE").status()).isEqualTo(401);
        assertThat(team.careManager.get("/api/staff?role=NURSE").status()).isEqualTo(401);
        assertThat(admin.get("/admin/users/" + team.careManagerId).body()).contains("id=\"account-state\"")
                .contains("id=\"reactivate\"");
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() {
        admin.get("/admin/users/" + adminId);
        HttpResponse<String> refused = admin.post("/admin/users/" + adminId + "/deactivate", Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"form-error\"");
        assertThat(jdbc.sql("select enabled from app_user where id = ?").param(adminId).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElseOnThePagesAndTheApi() {
        WebSession before = team.signIn(team.careManagerUsername());
        admin.get("/admin/users/" + team.careManagerId);
        assertThat(admin.post("/admin/users/" + team.careManagerId + "/password", Map.of("password", TEMPORARY))
                .statusCode()).isEqualTo(302);
        assertThat(before.get("/worklist").statusCode()).as("the reset ends open sessions").isEqualTo(302);

        WebSession careManager = WebSession.signIn(port, team.careManagerUsername(), TEMPORARY);
        HttpResponse<String> worklist = careManager.get("/worklist");
        assertThat(worklist.statusCode()).isEqualTo(302);
        assertThat(worklist.headers().firstValue("Location").orElse("")).endsWith("/password");
        Api.Response api = Api.at(port).as(team.careManagerUsername(), TEMPORARY).get("/api/staff?role=NURSE");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.json().get("detail").asText()).contains("password must be changed");

        assertThat(careManager.get("/password").body()).contains("id=\"must-change\"");
        HttpResponse<String> same = careManager.post("/password",
                Map.of("current", TEMPORARY, "password", TEMPORARY, "confirmation", TEMPORARY));
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("id=\"password-error\"");
        HttpResponse<String> changed = careManager.post("/password",
                Map.of("current", TEMPORARY, "password", OWN, "confirmation", OWN));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(careManager.get("/worklist").statusCode()).isEqualTo(200);
        assertThat(Api.at(port).as(team.careManagerUsername(), OWN).get("/api/staff?role=NURSE").status())
                .isEqualTo(200);
    }

    @Test
    void thePasswordPolicyRefusesShortUserNameAndCommonPasswordsBesideTheField() {
        admin.get("/admin");
        String username = "policy." + team.tag;
        for (var refused : Map.of("short-pass", "at least 12 characters", username, "may not be the user name",
                "Password1234", "attackers try first").entrySet()) {
            HttpResponse<String> page = admin.post("/admin/users", Map.of("username", username,
                    "displayName", "Policy Person", "password", refused.getKey(), "roles", "NURSE",
                    "practices", team.practice.toString()));
            assertThat(page.statusCode()).as(refused.getKey()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"password-error\"").contains(refused.getValue());
        }
        assertThat(staff.findByUsername(username)).isEmpty();

        admin.get("/admin/users/" + team.nurseId);
        HttpResponse<String> reset = admin.post("/admin/users/" + team.nurseId + "/password",
                Map.of("password", "qwerty123456"));
        assertThat(reset.statusCode()).isEqualTo(400);
        assertThat(reset.body()).contains("id=\"password-error\"");
        assertThat(jdbc.sql("select must_change_password from app_user where id = ?").param(team.nurseId)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void editingRolesAndPracticesTakesEffectAtOnceAndAStaleFormIsRefused() {
        WebSession nurse = team.signIn(team.nurseUsername());
        admin.get("/admin/users/" + team.nurseId);
        int version = jdbc.sql("select version from app_user where id = ?").param(team.nurseId)
                .query(Integer.class).single();

        HttpResponse<String> saved = admin.postForm("/admin/users/" + team.nurseId, "displayName=Noor+Renamed"
                + "&roles=NURSE&roles=CARE_MANAGER&practices=" + team.practice + "&credential=RN&npi=&version=" + version,
                Map.of(), true);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(staff.rolesOf(team.nurseId)).isEqualTo(Set.of(Role.NURSE, Role.CARE_MANAGER));
        assertThat(staff.find(team.nurseId).orElseThrow().displayName()).isEqualTo("Noor Renamed");
        assertThat(nurse.get("/worklist").statusCode()).as("new roles need a new sign-in").isEqualTo(302);

        admin.get("/admin/users/" + team.nurseId);
        HttpResponse<String> stale = admin.postForm("/admin/users/" + team.nurseId, "displayName=Too+Late"
                + "&roles=NURSE&practices=" + team.practice + "&version=" + version, Map.of(), true);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(staff.find(team.nurseId).orElseThrow().displayName()).isEqualTo("Noor Renamed");

        HttpResponse<String> noRole = admin.postForm("/admin/users/" + team.nurseId, "displayName=Noor"
                + "&practices=" + team.practice + "&version=" + (version + 1), Map.of(), true);
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(noRole.body()).contains("id=\"roles-error\"");
        assertThat(List.copyOf(staff.rolesOf(team.nurseId))).hasSize(2);
    }
}
