package org.careloop.call;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The call page and care plan editor over HTTP with a signed-in session: CSRF, post-redirect-get, scoping, PDF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallPageWebTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    WebSession session;
    UUID patient;

    @BeforeEach
    void setUp() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Web practice");
        patient = team.patient(Map.of("familyName", "Lund", "givenNames", "Ivo", "birthDate", "1949-01-02", "sex", "male"));
        session = WebSession.signIn(port, team.careManagerUsername(), team.password());
        assertThat(session.get("/patients/" + patient + "/call").body()).as("the page carries the CSRF token for htmx")
                .containsPattern("name=\"_csrf\" content=\"[^\"]+\"");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        HttpResponse<String> posted = session.postForm("/patients/" + patient + "/call/interaction",
                "kind=OUTBOUND_CALL&outcome=REACHED", Map.of(), false);
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(interactions()).isZero();
    }

    @Test
    void withoutHtmxSavingTheCallRedirectsBackWithAFlashMessage() throws Exception {
        HttpResponse<String> posted = session.postForm("/patients/" + patient + "/call/interaction",
                "kind=OUTBOUND_CALL&outcome=LEFT_VOICEMAIL&topics=medications&notes=Call+back+Tuesday", Map.of(), true);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "/call");
        assertThat(session.get("/patients/" + patient + "/call").body()).contains("The call was saved.");
        assertThat(interactions()).isEqualTo(1);
    }

    @Test
    void withHtmxAMissingOutcomeComesBackAsTheFormWithTheErrorBesideTheField() throws Exception {
        HttpResponse<String> posted = session.postForm("/patients/" + patient + "/call/interaction",
                "kind=OUTBOUND_CALL&outcome=&notes=Half+a+note", WebSession.HTMX, true);
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("id=\"outcome-error\"").contains("Choose how the call ended.")
                .contains("Half a note").doesNotContain("<html");
        assertThat(interactions()).isZero();
    }

    @Test
    void aPositivePhq2BringsUpThePhq9AndTheAhcHrsnFormComesFromItsQuestions() throws Exception {
        HttpResponse<String> phq2 = session.postForm("/patients/" + patient + "/call/assessments/phq-2",
                "item-1=2&item-2=2", WebSession.HTMX, true);
        assertThat(phq2.statusCode()).isEqualTo(200);
        assertThat(phq2.body()).contains("Score 4").contains("Positive screen").contains("id=\"phq9-item-9\"")
                .contains("id=\"submit-phq9\"").doesNotContain("suicide-risk-alert");

        HttpResponse<String> hrsn = session.get("/patients/" + patient + "/call/assessments/ahc-hrsn");
        assertThat(hrsn.statusCode()).isEqualTo(200);
        assertThat(hrsn.body()).contains("What is your living situation today?")
                .contains("id=\"ahchrsn-item-2-pests\"").contains("id=\"submit-ahchrsn\"");
    }

    @Test
    void startingTheCallStartsTheTimerOnceHoweverOftenItIsPressed() {
        for (int press = 0; press < 2; press++) {
            HttpResponse<String> started = session.post("/patients/" + patient + "/call", Map.of());
            assertThat(started.statusCode()).isEqualTo(302);
            assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "/call");
        }
        assertThat(session.get("/patients/" + patient + "/call").body()).contains("id=\"timer-clock\"")
                .doesNotContain("id=\"start-timer\"");
        assertThat(jdbc.sql("select count(*) from time_timer where patient_id = ?").param(patient).query(Integer.class)
                .single()).isOne();
    }

    @Test
    void aPhq9OnTheDayOfAPositivePhq2StartsWithItsFirstTwoItemsFilled() {
        String phq2 = session.post("/patients/" + patient + "/call/assessments/phq-2",
                Map.of("item-1", "2", "item-2", "1"), WebSession.HTMX).body();
        String phq9 = session.get("/patients/" + patient + "/call/assessments/phq-9").body();

        for (String form : java.util.List.of(phq2, phq9)) {
            assertThat(form).containsPattern("id=\"phq9-item-1\"[^>]*>(?:\\s*<option[^>]*>[^<]*</option>)*?\\s*<option value=\"2\" selected")
                    .containsPattern("id=\"phq9-item-2\"[^>]*>(?:\\s*<option[^>]*>[^<]*</option>)*?\\s*<option value=\"1\" selected")
                    .doesNotContainPattern("id=\"phq9-item-3\"[^>]*>(?:\\s*<option[^>]*>[^<]*</option>)*?\\s*<option value=\"\\d\" selected");
        }
    }

    @Test
    void anotherPracticesPatientIsNotFound() throws Exception {
        UUID riverside = jdbc.sql("select id from patient where practice_id = (select id from practice where name = "
                + "'Riverside Family Medicine') limit 1").query(UUID.class).single();
        assertThat(session.get("/patients/" + riverside + "/call").statusCode()).isEqualTo(404);
        assertThat(session.get("/patients/" + riverside + "/care-plans/new").statusCode()).isEqualTo(404);
    }

    @Test
    void thePatientsCopyOpensAsPdfFromTheSignedInPage() throws Exception {
        HttpResponse<String> started = session.postForm("/patients/" + patient + "/care-plans/new",
                "program=CCM&templates=hypertension", Map.of(), true);
        assertThat(started.statusCode()).isEqualTo(302);
        String plan = started.headers().firstValue("Location").orElseThrow().replaceFirst(".*/care-plans/", "");
        HttpResponse<String> pdf = session.get("/care-plans/" + plan + "/patient-copy.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    private int interactions() {
        return jdbc.sql("select count(*) from interaction where patient_id = ?").param(patient).query(Integer.class)
                .single();
    }
}
