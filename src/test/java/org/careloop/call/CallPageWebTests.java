package org.careloop.call;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
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

    Session session;
    UUID patient;
    String username;

    @BeforeEach
    void setUp() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Web practice " + tag).id();
        username = "cm." + tag;
        UUID careManagerId = staff.hire(username, "Kim " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER),
                Set.of(practice)).id();
        Api.Response created = Api.at(port).as(username, "pw-" + tag).postJson("/api/patients", Map.of(
                "familyName", "Lund", "givenNames", "Ivo", "birthDate", "1949-01-02", "sex", "male",
                "assignedCareManagerId", careManagerId.toString()));
        patient = UUID.fromString(created.json().get("id").asString());
        session = new Session();
        session.signIn(username, "pw-" + tag);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        HttpResponse<String> posted = session.post("/patients/" + patient + "/call/interaction",
                "kind=OUTBOUND_CALL&outcome=REACHED", null, false);
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(interactions()).isZero();
    }

    @Test
    void withoutHtmxSavingTheCallRedirectsBackWithAFlashMessage() throws Exception {
        HttpResponse<String> posted = session.post("/patients/" + patient + "/call/interaction",
                "kind=OUTBOUND_CALL&outcome=LEFT_VOICEMAIL&topics=medications&notes=Call+back+Tuesday", null, true);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "/call");
        assertThat(session.get("/patients/" + patient + "/call").body()).contains("The call was saved.");
        assertThat(interactions()).isEqualTo(1);
    }

    @Test
    void withHtmxAMissingOutcomeComesBackAsTheFormWithTheErrorBesideTheField() throws Exception {
        HttpResponse<String> posted = session.post("/patients/" + patient + "/call/interaction",
                "kind=OUTBOUND_CALL&outcome=&notes=Half+a+note", "true", true);
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("id=\"outcome-error\"").contains("Choose how the call ended.")
                .contains("Half a note").doesNotContain("<html");
        assertThat(interactions()).isZero();
    }

    @Test
    void aPositivePhq2BringsUpThePhq9AndTheAhcHrsnFormComesFromItsQuestions() throws Exception {
        HttpResponse<String> phq2 = session.post("/patients/" + patient + "/call/assessments/phq-2",
                "item-1=2&item-2=2", "true", true);
        assertThat(phq2.statusCode()).isEqualTo(200);
        assertThat(phq2.body()).contains("Score 4").contains("Positive screen").contains("id=\"phq9-item-9\"")
                .contains("id=\"submit-phq9\"").doesNotContain("suicide-risk-alert");

        HttpResponse<String> hrsn = session.get("/patients/" + patient + "/call/assessments/ahc-hrsn");
        assertThat(hrsn.statusCode()).isEqualTo(200);
        assertThat(hrsn.body()).contains("What is your living situation today?")
                .contains("id=\"ahchrsn-item-2-pests\"").contains("id=\"submit-ahchrsn\"");
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
        HttpResponse<String> started = session.post("/patients/" + patient + "/care-plans/new",
                "program=CCM&templates=hypertension", null, true);
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

    /** A cookie-keeping client that sends the page's CSRF token like a browser, or leaves it out. */
    class Session {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String user, String password) throws IOException, InterruptedException {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                    .matcher(get("/patients/" + patient + "/call").body());
            assertThat(meta.find()).as("the page carries the CSRF token for htmx").isTrue();
            csrf = meta.group(1);
        }

        HttpResponse<String> post(String path, String form, String htmx, boolean withToken)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + (withToken
                            ? "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) : "")));
            if (htmx != null) {
                request.header("HX-Request", htmx);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
