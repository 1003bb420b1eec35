package org.careloop.web;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.identity.Role.ADMIN;
import static org.careloop.identity.Role.BILLER;
import static org.careloop.identity.Role.CARE_MANAGER;
import static org.careloop.identity.Role.NURSE;
import static org.careloop.identity.Role.PROVIDER;

/**
 * Every page, opened by one person of each role: 200 where the role needs the page, the branded 403 page where it
 * does not. A biller sees the billing month, its statement and the time entries behind a billed line, never a chart,
 * a call, a care plan or the worklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePageMatrixTests {

    static final Set<Role> CLINICAL = EnumSet.of(CARE_MANAGER, NURSE, PROVIDER, ADMIN);
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    @LocalServerPort
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    CareTeam team;
    UUID patient;
    UUID plan;
    final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

    @BeforeAll
    void team() {
        team = CareTeam.hire(port, practices, staff, "Matrix");
        team.biller();
        team.admin();
        patient = team.enrolledPatient("Matrix", "Mia");
        plan = team.planAwaitingSignOff(patient);
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(CareTeam.ZONE).minusHours(2)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        assertThat(team.careManager.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "PATIENT_COMMUNICATION", "startedAt", start.toString(),
                "endedAt", start.plusMinutes(20).toString(), "notes", "Reviewed the blood pressure log")).status())
                .isEqualTo(201);
        sessions.put(CARE_MANAGER, team.signIn(team.careManagerUsername()));
        sessions.put(NURSE, team.signIn(team.nurseUsername()));
        sessions.put(PROVIDER, team.signIn(team.providerUsername()));
        sessions.put(BILLER, team.signIn("biller." + team.tag));
        sessions.put(ADMIN, team.signIn("admin." + team.tag));
    }

    /** Each page with the roles that open it. */
    Stream<Arguments> pages() {
        String month = YearMonth.now(CareTeam.ZONE).toString();
        Map<String, Set<Role>> pages = new java.util.LinkedHashMap<>();
        pages.put("/password", EVERYONE);
        pages.put("/worklist", CLINICAL);
        pages.put("/worklist/tasks", CLINICAL);
        pages.put("/inbox", EnumSet.of(PROVIDER));
        pages.put("/patients/new", CLINICAL);
        pages.put("/patients/{patient}", CLINICAL);
        pages.put("/patients/{patient}?tab=assessments", CLINICAL);
        pages.put("/patients/{patient}?tab=care-plan", CLINICAL);
        pages.put("/patients/{patient}?tab=time", CLINICAL);
        pages.put("/patients/{patient}/call", CLINICAL);
        pages.put("/patients/{patient}/time", CLINICAL);
        pages.put("/patients/{patient}/enrollment", CLINICAL);
        pages.put("/patients/{patient}/care-plans/new", CLINICAL);
        pages.put("/care-plans/{plan}", CLINICAL);
        pages.put("/billing", EnumSet.of(BILLER, ADMIN));
        pages.put("/billing?month=" + month + "&practice={practice}", EnumSet.of(BILLER, ADMIN));
        pages.put("/billing/" + month + "/statement.csv?practice={practice}", EnumSet.of(BILLER, ADMIN));
        pages.put("/billing/" + month + "/patients/{patient}", EnumSet.of(BILLER, ADMIN));
        pages.put("/admin", EnumSet.of(ADMIN));
        pages.put("/admin/users/{careManager}", EnumSet.of(ADMIN));
        pages.put("/admin/practices/{practice}", EnumSet.of(ADMIN));
        pages.put("/admin/conditions", EnumSet.of(ADMIN));
        pages.put("/admin/import", EnumSet.of(ADMIN));
        pages.put("/admin/alert-protocols", EnumSet.of(ADMIN));
        return pages.entrySet().stream().flatMap(page -> EVERYONE.stream()
                .map(role -> Arguments.of(role, page.getKey(), page.getValue().contains(role))));
    }

    /** The API the same way: a biller reads demographics, time entries and the billing month, nothing clinical. */
    Stream<Arguments> api() {
        String month = YearMonth.now(CareTeam.ZONE).toString();
        Map<String, Set<Role>> calls = new java.util.LinkedHashMap<>();
        calls.put("/api/patients/{patient}", EVERYONE);
        calls.put("/api/patients/{patient}/time-entries?month=" + month, EVERYONE);
        calls.put("/api/billing/months/" + month + "?practice={practice}", EnumSet.of(BILLER, ADMIN));
        calls.put("/api/patients?name=Matrix", CLINICAL);
        calls.put("/api/patients/{patient}/assessments", CLINICAL);
        calls.put("/api/patients/{patient}/enrollments", CLINICAL);
        calls.put("/api/patients/{patient}/care-plans", CLINICAL);
        calls.put("/api/care-plans/{plan}", CLINICAL);
        calls.put("/fhir/Patient/{patient}", CLINICAL);
        return calls.entrySet().stream().flatMap(call -> EVERYONE.stream()
                .map(role -> Arguments.of(role, call.getKey(), call.getValue().contains(role))));
    }

    @ParameterizedTest(name = "{0} API GET {1}: allowed {2}")
    @MethodSource("api")
    void eachRoleReadsExactlyTheApiItNeeds(Role role, String call, boolean allowed) {
        Api api = switch (role) {
            case CARE_MANAGER -> team.careManager;
            case NURSE -> team.nurse;
            case PROVIDER -> team.provider;
            case BILLER -> team.biller();
            case ADMIN -> team.admin();
        };

        Api.Response response = api.get(expand(call));

        assertThat(response.status()).as(role + " " + call + " " + response).isEqualTo(allowed ? 200 : 403);
    }

    @ParameterizedTest(name = "{0} GET {1}: allowed {2}")
    @MethodSource("pages")
    void eachRoleOpensExactlyThePagesItNeeds(Role role, String page, boolean allowed) {
        String path = expand(page);

        HttpResponse<String> response = sessions.get(role).get(path);

        if (allowed) {
            assertThat(response.statusCode()).as(role + " " + path).isEqualTo(200);
        } else {
            assertThat(response.statusCode()).as(role + " " + path).isEqualTo(403);
            assertThat(response.body()).contains("class=\"app-header\"").contains("Your role does not allow this page")
                    .doesNotContain("Whitelabel");
        }
    }

    @org.junit.jupiter.api.Test
    void aBillerOfAnotherPracticeFindsNoDocumentationForThePatient() {
        CareTeam other = CareTeam.hire(port, practices, staff, "Other matrix");
        other.biller();
        String path = "/billing/" + YearMonth.now(CareTeam.ZONE) + "/patients/" + patient;

        assertThat(other.signIn("biller." + other.tag).get(path).statusCode()).isEqualTo(404);
        assertThat(sessions.get(BILLER).get(path).body()).contains("id=\"time-entries\"").contains("Matrix, Mia")
                .contains("Reviewed the blood pressure log");
    }

    private String expand(String path) {
        return path.replace("{patient}", patient.toString()).replace("{plan}", plan.toString())
                .replace("{practice}", team.practice.toString()).replace("{careManager}", team.careManagerId.toString());
    }
}
