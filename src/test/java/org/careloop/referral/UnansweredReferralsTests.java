package org.careloop.referral;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.referral.ReferralFixtures.FOOD;
import static org.careloop.referral.ReferralFixtures.pantryId;
import static org.careloop.referral.ReferralFixtures.patientWithFoodNeed;
import static org.careloop.referral.ReferralFixtures.refer;
import static org.careloop.referral.ReferralFixtures.referral;

/**
 * A referral nobody answers within five business days becomes NO_RESPONSE, once, and its care manager gets a
 * follow-up task to call the organization; one still inside its window is left waiting. A late answer still counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnansweredReferralsTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.util.List<org.careloop.schedule.RecurringJob> jobs;

    @Autowired
    org.careloop.schedule.AroundEachRun aroundEachRun;

    @Test
    void aReferralUnansweredPastFiveBusinessDaysOpensOneFollowUpTaskForItsCareManager() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Waiting practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Ibsen", "01844", "en");
        LocalDate today = LocalDate.now(CareTeam.ZONE);
        Map<String, Object> late = new java.util.HashMap<>(referral(pantryId(team), FOOD, "PRINT"));
        // two weeks ago: at least eight business days whatever the holidays (ten days back from today, the Monday
        // after Thanksgiving, are only five)
        late.put("sentOn", today.minusDays(14).toString());
        late.put("consent", Map.of("what", "Name and phone", "withWhom", "Pantry intake", "givenOn", today.minusDays(14).toString()));
        late.put("urgency", "URGENT");
        JsonNode old = refer(team, patient, late);
        JsonNode recent = refer(team, patient, referral(pantryId(team), FOOD, "PRINT"));

        runTheJob();
        runTheJob();

        JsonNode marked = team.careManager.get("/api/referrals/" + old.get("id").asString()).json();
        assertThat(marked.get("status").asString()).isEqualTo("NO_RESPONSE");
        JsonNode lastMove = marked.get("moves").get(marked.get("moves").size() - 1);
        assertThat(lastMove.get("by").asString()).isEqualTo("scheduler: referral-no-response");
        assertThat(lastMove.get("note").asString()).startsWith("No answer within 5 business days");
        assertThat(team.careManager.get("/api/referrals/" + recent.get("id").asString()).json().get("status").asString())
                .isEqualTo("SENT");

        JsonNode tasks = team.careManager.get("/api/tasks?view=MINE&patient=" + patient).json();
        assertThat(tasks.size()).as("one follow-up, however often the job runs").isEqualTo(1);
        JsonNode task = tasks.get(0);
        assertThat(task.get("id").asString()).isEqualTo(marked.get("followUpTaskId").asString());
        assertThat(task.get("title").asString()).isEqualTo("No answer from Merrimack Valley Community Food Bank on the food referral");
        assertThat(task.get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(task.get("priority").asString()).isEqualTo("URGENT");
        assertThat(task.get("ownerId").asString()).isEqualTo(team.careManagerId.toString());
        assertThat(task.get("dueOn").asString()).isEqualTo(today.toString());
        assertThat(jdbc.sql("""
                select count(*) from audit_event where resource_type = 'Referral' and resource_id = ? and action = 'UPDATE'
                   and channel = 'SYSTEM'""").param(old.get("id").asString()).query(Long.class).single()).isEqualTo(1);

        JsonNode answered = ReferralFixtures.move(team.careManager, marked, marked.get("version").asInt(), "ACCEPTED",
                Map.of("note", "Called them: the fax was lost")).json();
        assertThat(answered.get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void theJobIsScheduledOnceForAllInstancesEveryHour() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'referral-no-response'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(job().when()).isEqualTo(new org.careloop.schedule.RecurringJob.Every(java.time.Duration.ofHours(1)));
    }

    /** As the scheduler runs it: as the system, the job named as the actor. */
    private void runTheJob() {
        aroundEachRun.run(job(), job().work());
    }

    private org.careloop.schedule.RecurringJob job() {
        return jobs.stream().filter(job -> job.name().equals("referral-no-response")).findFirst().orElseThrow();
    }
}
