package org.careloop;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile or careless client sends: each request below once answered 500 or was stored wrong. Now each is
 * refused with the field named, stores nothing, and no answer quotes SQL, a class name or library internals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
    }

    @Test
    void aMegabyteFamilyNameIsRefusedNamingTheField() {
        long before = patients();
        Map<String, Object> body = patient();
        body.put("familyName", "A".repeat(1_000_000));

        Api.Response refused = rivera.postJson("/api/patients", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("familyName");
        assertThat(patients()).isEqualTo(before);
    }

    @Test
    void aTenThousandCharacterMrnIsRefused() {
        long before = patients();
        Map<String, Object> body = patient();
        body.put("mrn", "9".repeat(10_000));

        Api.Response refused = rivera.postJson("/api/patients", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("mrn");
        assertThat(patients()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"-0001-01-01\"", "\"1800-01-01\"", "12345"})
    void anImpossibleBirthDateIsRefusedNamingTheField(String birthDate) {
        long before = patients();
        String body = "{\"familyName\":\"Okafor\",\"givenNames\":\"Grace\",\"sex\":\"female\",\"birthDate\":"
                + birthDate + "}";

        Api.Response refused = rivera.postJson("/api/patients", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("birthDate");
        assertThat(patients()).isEqualTo(before);
    }

    @Test
    void anEmptyContactOrIdentifierIsNamedNotAServerError() {
        Map<String, Object> body = patient();
        body.put("contacts", java.util.Arrays.asList((Object) null));
        body.put("identifiers", java.util.Arrays.asList((Object) null));

        Api.Response refused = rivera.postJson("/api/patients", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).contains("contacts[0]");
    }

    @Test
    void anAnswerTooLargeForAScoreIsRefusedNamingTheAnswer() {
        UUID patient = TestPatients.register(rivera, "Ngata", "Aroha");
        String body = "{\"instrument\":\"PHQ-2\",\"answers\":[9223372036854775808, 0]}";

        Api.Response refused = rivera.postJson("/api/patients/" + patient + "/assessments", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("answers[0]");
        assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEmptyItemInABillingEvaluationIsNamed() {
        Api biller = Api.at(port).as("biller");
        Api.Response time = biller.postJson("/api/billing/evaluate",
                "{\"month\":\"2026-10\",\"timeEntries\":[null],\"enrollments\":[null]}");

        assertThat(time.status()).as(time.toString()).isEqualTo(400);
        assertThat(fields(time)).containsExactly("enrollments[0]", "timeEntries[0]");
    }

    @Test
    void fractionalMinutesAreRefusedNotRoundedDown() {
        UUID patient = TestPatients.register(rivera, "Halvorsen", "Ingrid");
        Api.Response refused = rivera.postJson("/api/patients/" + patient + "/time-entries",
                "{\"program\":\"CCM\",\"activity\":\"CARE_COORDINATION\",\"startedAt\":\"2026-11-02T10:00:00-05:00\","
                        + "\"minutes\":1.5}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("minutes");
        assertThat(entriesOf(patient)).isZero();
    }

    @Test
    void timeIn1900IsRefusedNamingTheStart() {
        UUID patient = TestPatients.register(rivera, "Halvorsen", "Knut");
        Api.Response refused = rivera.postJson("/api/patients/" + patient + "/time-entries", Map.of(
                "program", "CCM", "activity", "CARE_COORDINATION", "startedAt", "1900-11-02T10:00:00-05:00",
                "minutes", 20));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("startedAt");
        assertThat(entriesOf(patient)).isZero();
    }

    @Test
    void unreadableJsonNamesThePathWithoutLibraryInternals() {
        Api.Response broken = rivera.postJson("/api/patients", "{\"familyName\":");
        Api.Response wrongType = rivera.postJson("/api/patients", "{\"familyName\":\"A\",\"birthDate\":[1]}");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(fields(wrongType)).containsExactly("birthDate");
        for (Api.Response response : List.of(broken, wrongType)) {
            assertClean(response.text());
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        long before = patients();
        String huge = "{\"familyName\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";

        Api.Response declared = rivera.postJson("/api/patients", huge);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/patients"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cm.rivera:careloop-demo".getBytes()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.status()).isEqualTo(413);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertClean(chunked.body());
        assertThat(patients()).isEqualTo(before);
    }

    @Test
    void askingForTheErrorPageItselfIsNotAServerError() {
        Api.Response api = rivera.get("/error");
        WebSession page = WebSession.signIn(port, "cm.rivera", "careloop-demo");

        assertThat(api.status()).isEqualTo(404);
        assertThat(page.get("/error", Map.of("Accept", "text/html")).statusCode()).isEqualTo(404);
        assertThat(Api.at(port).anonymous().get("/error").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/patients/{patient}/care-plans/{unknown}/patient-copy.pdf", "/care-plans/{unknown}",
            "/care-plans/{unknown}/patient-copy.pdf", "/patients/{unknown}/care-plans/new", "/patients/{unknown}/call",
            "/patients/{unknown}/call/assessments/PHQ-9", "/patients/{unknown}/time", "/patients/{unknown}/enrollment"})
    void everyPageAnswersAnUnknownPatientOrPlanWithTheNotFoundPage(String path) {
        UUID patient = jdbc.sql("""
                select p.id from patient p join practice pr on pr.id = p.practice_id
                 where pr.name = 'Riverside Family Medicine' limit 1""").query(UUID.class).single();
        String page = path.replace("{patient}", patient.toString()).replace("{unknown}", UUID.randomUUID().toString());

        HttpResponse<String> refused = WebSession.signIn(port, "cm.rivera", "careloop-demo").get(page,
                Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));

        assertThat(refused.statusCode()).as("GET %s", page).isEqualTo(404);
        assertThat(refused.body()).as("GET %s", page).contains("Nothing to show here");
    }

    @Test
    void switchingToAnotherPracticesIdIsNotFoundAndKeepsTheCurrentPractice() {
        UUID otherPractice = jdbc.sql("""
                select practice_id from practice_member m join app_user u on u.id = m.user_id
                 where u.username = 'cm.okafor'""").query(UUID.class).single();
        WebSession page = WebSession.signIn(port, "cm.rivera", "careloop-demo");
        page.get("/worklist", Map.of());

        HttpResponse<String> refused = page.post("/practice", Map.of("practiceId", otherPractice.toString()), Map.of());
        HttpResponse<String> garbled = page.post("/practice", Map.of("practiceId", "not-a-uuid"), Map.of());

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(page.get("/worklist", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedSayingWhereInWords() {
        byte[] broken = "{\"familyName\": \"Okafor\",\n  givenNames: \"Grace\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Response api = rivera.post("/api/patients", "application/json", broken);
        Api.Response fhir = rivera.post("/fhir", "application/fhir+json",
                "{\"resourceType\": \"Bundle\",\n  type: \"batch\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("detail").asString()).isEqualTo("The body is not valid JSON at line 2 column 3");
        assertThat(fhir.status()).isEqualTo(400);
        assertThat(fhir.json().get("issue").get(0).get("diagnostics").asString())
                .startsWith("The body is not valid JSON at line 2 column 3.");
    }

    private static void assertClean(String body) {
        assertThat(body).doesNotContainIgnoringCase("select ").doesNotContain("Exception", "StreamReadFeature",
                "tools.jackson", "org.", "java.", "\tat ");
    }

    private long patients() {
        return jdbc.sql("select count(*) from patient").query(Long.class).single();
    }

    private long entriesOf(UUID patient) {
        return jdbc.sql("select count(*) from time_entry where patient_id = ?").param(patient).query(Long.class).single();
    }

    private static List<String> fields(Api.Response response) {
        return response.json().path("errors").findValuesAsString("field");
    }

    private static Map<String, Object> patient() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("familyName", "Okafor");
        body.put("givenNames", "Grace");
        body.put("birthDate", "1948-03-02");
        body.put("sex", "female");
        return body;
    }
}
