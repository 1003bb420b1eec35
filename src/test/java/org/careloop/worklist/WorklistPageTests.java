package org.careloop.worklist;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.audit.AuditTrail;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The worklist page over HTTP: the ranked panel, filters swapped in place, the task list and its actions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorklistPageTests {

    static final Map<String, String> HTMX_RESULTS = Map.of("HX-Request", "true", "HX-Target", "worklist-results");
    static final Map<String, String> HTMX = Map.of("HX-Request", "true", "HX-Target", "tasks");

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    AuditTrail audit;

    CareTeam team;
    UUID escalated;
    UUID quiet;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Worklist page practice");
        escalated = team.enrolledPatient("Abara", "Chidi");
        quiet = team.enrolledPatient("Bell", "Dora");
        team.task(escalated, "Call back about chest pain", "ESCALATION", "NURSE", null, -1);
    }

    @Test
    void showsTheRankedPanelWithReasonsMinutesAndTasksAndAuditsEachPatient() {
        WebSession careManager = team.signIn(team.careManagerUsername());
        HttpResponse<String> page = careManager.get("/worklist", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Abara, Chidi", "Bell, Dora", "Open escalation", "No contact yet this month",
                "0 min; 20 to 99490", "<progress", "Tasks", "My role&#39;s pool", "Unassigned");
        assertThat(body.indexOf("Abara, Chidi")).isLessThan(body.indexOf("Bell, Dora"));
        assertThat(body).contains("href=\"/patients/" + escalated + "\"");
        for (UUID patient : new UUID[] {escalated, quiet}) {
            assertThat(audit.search(patient, team.careManagerUsername(), null, null, 0, 50))
                    .anyMatch(event -> event.channel().equals("UI") && event.action().equals("READ")
                            && event.resourceType().equals("Worklist"));
        }
    }

    @Test
    void filtersAnswerOnlyTheResultsToHtmx() {
        WebSession careManager = team.signIn(team.careManagerUsername());

        HttpResponse<String> overdue = careManager.get("/worklist?overdue=true", HTMX_RESULTS);
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.body()).doesNotContain("<html", "id=\"tasks\"").contains("id=\"worklist-results\"")
                .contains("Abara, Chidi").doesNotContain("Bell, Dora");

        HttpResponse<String> rpm = careManager.get("/worklist?program=RPM", HTMX_RESULTS);
        assertThat(rpm.body()).doesNotContain("Abara, Chidi", "Bell, Dora")
                .contains("No patient matches these filters.");

        HttpResponse<String> ccm = careManager.get("/worklist?program=CCM&overdue=", Map.of());
        assertThat(ccm.body()).contains("<html", "Abara, Chidi", "Bell, Dora");
    }

    @Test
    void aPracticeThatIsNotTheCallersIsRefusedBesideTheField() {
        WebSession careManager = team.signIn(team.careManagerUsername());
        HttpResponse<String> page = careManager.get("/worklist?practice=" + UUID.randomUUID(), Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Choose one of your practices.").contains("aria-invalid=\"true\"")
                .doesNotContain("Abara, Chidi");
        HttpResponse<String> nonsense = careManager.get("/worklist?program=XYZ", Map.of());
        assertThat(nonsense.body()).contains("Choose one of the programs in the list.");
    }

    @Test
    void aNurseTakesAnEscalationFromHerPoolAndClosesItWithADispositionAndANoteWithHtmx() {
        WebSession nurse = team.signIn(team.nurseUsername());
        String page = nurse.get("/worklist", Map.of()).body();
        assertThat(page).contains("You have no panel of patients of your own")
                .contains("Call back about chest pain").contains("Take the task Call back about chest pain");
        assertThat(page.substring(page.indexOf("id=\"nurse-patients\""))).contains("Abara, Chidi", "1 open escalation",
                "Overdue").doesNotContain("Bell, Dora");
        UUID task = taskId(page);

        HttpResponse<String> taken = nurse.post("/worklist/tasks/" + task + "/take", Map.of("version", "0"), HTMX);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.headers().firstValue("HX-Trigger")).contains("worklist-changed");
        assertThat(taken.body()).doesNotContain("<html").contains("You took \u201cCall back about chest pain\u201d.")
                .contains("Close the escalation Call back about chest pain")
                .doesNotContain("Mark the task Call back about chest pain done");

        HttpResponse<String> oneClick = nurse.post("/worklist/tasks/" + task + "/done", Map.of("version", "1"), HTMX);
        assertThat(oneClick.body()).contains("Not closed: choose what was done; write a note for the chart")
                .doesNotContain("one of REACHED_AND_SAFE").doesNotContain("closingNote is required");
        assertThat(team.nurse.get("/api/tasks?view=MINE").text()).contains("Call back about chest pain");

        HttpResponse<String> done = nurse.post("/worklist/tasks/" + task + "/done", Map.of("version", "1",
                "disposition", "PROVIDER_NOTIFIED", "closingNote", "Chest pain settled; Dr told, seen tomorrow."), HTMX);
        assertThat(done.body()).contains("\u201cCall back about chest pain\u201d is done.")
                .doesNotContain("Close the escalation Call back about chest pain");
        assertThat(team.nurse.get("/api/tasks?view=MINE&openOnly=false").text()).contains("\"status\":\"DONE\"");
    }

    @Test
    void withoutHtmxATaskActionRedirectsToTheWorklistWithAFlashMessage() {
        WebSession careManager = team.signIn(team.careManagerUsername());
        UUID task = team.task(quiet, "Send the glucose log", "FOLLOW_UP", null, null, 3);
        careManager.get("/worklist", Map.of());

        HttpResponse<String> taken = careManager.post("/worklist/tasks/" + task + "/take", Map.of("version", "0"), Map.of());
        assertThat(taken.statusCode()).isEqualTo(302);
        assertThat(taken.headers().firstValue("Location").orElseThrow()).endsWith("/worklist");
        assertThat(careManager.get("/worklist", Map.of()).body()).contains("class=\"flash\"")
                .contains("You took \u201cSend the glucose log\u201d.");

        HttpResponse<String> stale = careManager.post("/worklist/tasks/" + task + "/done", Map.of("version", "0"), HTMX);
        assertThat(stale.headers().firstValue("HX-Trigger")).isEmpty();
        assertThat(stale.body()).contains("Someone changed this task a moment ago");
    }

    private static UUID taskId(String page) {
        Matcher matcher = Pattern.compile("data-task=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return UUID.fromString(matcher.group(1));
    }
}
