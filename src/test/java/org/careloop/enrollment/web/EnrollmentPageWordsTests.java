package org.careloop.enrollment.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The enrollment page says what happened in words: counts agree with their nouns, and nothing is chosen for you. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnrollmentPageWordsTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void consentBeforeTheProvidersAttestationSaysWhatHappensNextAndOneMoveIsOneMove() {
        Api rivera = Api.at(port).as("cm.rivera");
        UUID patient = TestPatients.register(rivera, "Marsh", "Odile");
        UUID chen = jdbc.sql("select id from app_user where username = 'dr.chen'").query(UUID.class).single();
        String enrollment = rivera.postJson("/api/patients/" + patient + "/enrollments", Map.of("program", "CCM",
                "billingPractitionerId", chen.toString(), "reason", "two chronic conditions")).json().get("id").asString();
        WebSession web = WebSession.signIn(port, "cm.rivera", "careloop-demo");

        String referred = web.get("/patients/" + patient + "/enrollment").body();
        assertThat(referred).contains("History (1 move)").doesNotContain("(1 moves)");
        assertThat(referred).as("the change-status list starts at a prompt, not at Disenroll")
                .containsPattern("<select name=\"to\" required id=\"move-to-CCM\">\\s*<option value=\"\" selected disabled>Choose…</option>");

        HttpResponse<String> consented = web.post("/patients/" + patient + "/enrollment/" + enrollment + "/consent",
                Map.of("version", "0", "method", "VERBAL", "obtainedOn", LocalDate.now(ZoneId.of("America/New_York")).toString(),
                        "costSharing", "true", "onePractitionerPerMonth", "true", "rightToStop", "true",
                        "electronicSharing", "true"));
        assertThat(consented.statusCode()).isEqualTo(302);

        String page = web.get("/patients/" + patient + "/enrollment").body();
        assertThat(page).contains("Consent for CCM recorded; the enrollment becomes active once a provider attests that "
                + "the patient qualifies.").doesNotContain("the enrollment is now Consent pending");
        assertThat(page).contains("History (2 moves)");
    }

    @Test
    void manualTimeStartsAtTheMinuteTheFormOpensNotAnHourBefore() {
        Api rivera = Api.at(port).as("cm.rivera");
        UUID patient = TestPatients.register(rivera, "Marsh", "Tobias");
        WebSession web = WebSession.signIn(port, "cm.rivera", "careloop-demo");

        java.time.ZonedDateTime before = java.time.ZonedDateTime.now(ZoneId.of("America/New_York"))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String page = web.get("/patients/" + patient + "/time").body();
        java.time.ZonedDateTime after = java.time.ZonedDateTime.now(ZoneId.of("America/New_York"))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        java.util.regex.Matcher start = java.util.regex.Pattern.compile("id=\"time-startTime\"[^>]*value=\"([0-9:]+)\"|"
                + "value=\"([0-9:]+)\"[^>]*id=\"time-startTime\"").matcher(page);
        assertThat(start.find()).as("the start time field").isTrue();
        String shown = start.group(1) != null ? start.group(1) : start.group(2);
        assertThat(shown).isIn(before.toLocalTime().toString(), after.toLocalTime().toString());
    }
}
