package org.careloop.wishes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's wishes: code status and what matters most (versioned, 409 when stale), advance directives with the
 * proxy and an uploaded copy checked by its content, shown in the chart header and the call page and printed in the
 * care plan's patient copy; another practice's care manager reaches none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WishesApiTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;
    UUID patient;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Wishes practice");
        patient = team.enrolledPatient("Lopez", "Rosa");
    }

    @Test
    void aPatientWithoutWishesSaysWhatIsMissing() {
        JsonNode wishes = team.careManager.get("/api/patients/" + patient + "/wishes").json();
        assertThat(wishes.get("version").asInt()).isZero();
        String chart = team.signIn(team.careManagerUsername()).get("/patients/" + patient).body();
        assertThat(chart).contains("Code status not recorded · No advance directive on file");
    }

    @Test
    void codeStatusADirectiveAndTheProxyShowInTheChartHeaderTheCallPageAndThePlansPatientCopy() throws Exception {
        Api cm = team.careManager;
        Api.Response coded = cm.putJson("/api/patients/" + patient + "/wishes/code-status", Map.of("version", 0,
                "codeStatus", "DNR", "recordedOn", LocalDate.now(CareTeam.ZONE).minusDays(3).toString(),
                "source", "POLST signed with Dr Pat"));
        assertThat(coded.status()).as(coded.toString()).isEqualTo(200);
        Api.Response words = cm.putJson("/api/patients/" + patient + "/wishes/what-matters", Map.of("version", 1,
                "inTheirWords", "Being home with my grandchildren, not in the hospital."));
        assertThat(words.status()).as(words.toString()).isEqualTo(200);
        Api.Response polst = cm.postJson("/api/patients/" + patient + "/advance-directives", Map.of("kind", "POLST",
                "signedOn", "2026-01-15", "originalLocation", "On the fridge at home"));
        assertThat(polst.status()).as(polst.toString()).isEqualTo(201);
        Api.Response poa = cm.postJson("/api/patients/" + patient + "/advance-directives", Map.of(
                "kind", "HEALTHCARE_POWER_OF_ATTORNEY", "signedOn", "2025-06-01", "proxyName", "Maria Lopez",
                "proxyRelationship", "daughter", "proxyPhone", "555-0101"));
        assertThat(poa.status()).as(poa.toString()).isEqualTo(201);

        String headline = "DNR · POLST on file · Healthcare power of attorney on file · proxy: Maria Lopez";
        WebSession web = team.signIn(team.careManagerUsername());
        assertThat(web.get("/patients/" + patient).body()).contains(headline);
        assertThat(web.get("/patients/" + patient + "/call").body()).contains(headline);

        String plan = TestPatients.startCarePlan(cm, patient, "CCM", "hypertension");
        assertThat(web.get("/care-plans/" + plan).body()).contains("Being home with my grandchildren")
                .contains("Maria Lopez (daughter), 555-0101");
        try (PDDocument copy = Loader.loadPDF(cm.get("/api/care-plans/" + plan + "/patient-copy.pdf").body())) {
            assertThat(new PDFTextStripper().getText(copy).replaceAll("\\s+", " "))
                    .contains("What matters to me / my wishes").contains("Being home with my grandchildren")
                    .contains("No CPR if my heart stops").contains("POLST, signed Jan 15, 2026; original: On the fridge at home")
                    .contains("The person who speaks for me if I cannot: Maria Lopez (daughter), 555-0101");
        }
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        String path = "/api/patients/" + patient + "/wishes/code-status";
        assertThat(team.careManager.putJson(path, Map.of("version", 0, "codeStatus", "FULL_CODE", "source", "Asked on the call"))
                .status()).isEqualTo(200);
        Api.Response stale = team.careManager.putJson(path, Map.of("version", 0, "codeStatus", "COMFORT_CARE",
                "source", "Someone else's screen"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(team.careManager.get("/api/patients/" + patient + "/wishes").json().get("codeStatus").asString())
                .isEqualTo("FULL_CODE");

        String directive = team.careManager.postJson("/api/patients/" + patient + "/advance-directives",
                Map.of("kind", "LIVING_WILL")).json().get("id").asString();
        assertThat(team.careManager.postJson("/api/advance-directives/" + directive + "/revocation", Map.of("version", 0))
                .status()).isEqualTo(200);
        Api.Response revoked = team.careManager.putJson("/api/advance-directives/" + directive, Map.of("version", 1,
                "directive", Map.of("kind", "LIVING_WILL", "note", "changed")));
        assertThat(revoked.status()).isEqualTo(409);
        assertThat(revoked.json().get("detail").asString()).contains("was revoked");
    }

    @Test
    void badRequestsNameTheFieldAndStoreNothing() {
        assertRefused(team.careManager.putJson("/api/patients/" + patient + "/wishes/code-status",
                Map.of("codeStatus", "MAYBE", "source", "x")), "codeStatus");
        assertRefused(team.careManager.putJson("/api/patients/" + patient + "/wishes/code-status",
                Map.of("codeStatus", "DNR")), "source");
        assertRefused(team.careManager.putJson("/api/patients/" + patient + "/wishes/what-matters",
                Map.of("inTheirWords", "Gardening", "saidOn", LocalDate.now().plusDays(3).toString())), "saidOn");
        assertRefused(team.careManager.postJson("/api/patients/" + patient + "/advance-directives",
                Map.of("kind", "HEALTHCARE_POWER_OF_ATTORNEY")), "proxyName");
        assertRefused(team.careManager.postJson("/api/patients/" + patient + "/advance-directives",
                Map.of("kind", "LIVING_WILL", "signedOn", LocalDate.now().plusDays(3).toString())), "signedOn");
        assertThat(jdbc.sql("select count(*) from advance_directive where patient_id = ?").param(patient)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from patient_wishes where patient_id = ?").param(patient)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theUploadedCopyIsKeptByItsContentAndGivenBackAsUploaded() {
        String directive = team.careManager.postJson("/api/patients/" + patient + "/advance-directives",
                Map.of("kind", "POLST")).json().get("id").asString();
        HttpResponse<String> kept = upload(team, directive, "polst.pdf", "application/pdf", PDF);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(kept.body()).contains("\"contentType\":\"application/pdf\"").contains("\"sizeBytes\":" + PDF.length);
        Api.Response copy = team.careManager.get("/api/advance-directives/" + directive + "/copy");
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.contentType()).isEqualTo("application/pdf");
        assertThat(copy.body()).isEqualTo(PDF);
        assertThat(copy.header("Content-Disposition").orElseThrow()).startsWith("attachment").contains("polst.pdf");

        HttpResponse<String> script = upload(team, directive, "polst.pdf", "application/pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).contains("\"field\":\"file\"").contains("must be a PDF, PNG or JPEG file");
        HttpResponse<String> mislabelled = upload(team, directive, "scan.png", "image/png", PDF);
        assertThat(mislabelled.statusCode()).isEqualTo(400);
        assertThat(mislabelled.body()).contains("is sent as image/png but its content is application/pdf");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        HttpResponse<String> tooLarge = upload(team, directive, "big.pdf", "application/pdf", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("must be at most 10 MB");
        assertThat(team.careManager.get("/api/advance-directives/" + directive + "/copy").body()).isEqualTo(PDF);
    }

    @Test
    void anotherPracticesCareManagerReachesNoDirectiveOrCopyAndChangesNothing() {
        String directive = team.careManager.postJson("/api/patients/" + patient + "/advance-directives",
                Map.of("kind", "POLST")).json().get("id").asString();
        assertThat(upload(team, directive, "polst.pdf", "application/pdf", PDF).statusCode()).isEqualTo(200);
        CareTeam other = CareTeam.hire(port, practices, staff, "Wishes stranger");
        Api stranger = other.careManager;
        String path = "/api/advance-directives/" + directive;
        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.get(path + "/copy").status()).isEqualTo(404);
        assertThat(stranger.putJson(path, Map.of("directive", Map.of("kind", "OTHER"))).status()).isEqualTo(404);
        assertThat(stranger.postJson(path + "/revocation", Map.of()).status()).isEqualTo(404);
        assertThat(upload(other, directive, "x.pdf", "application/pdf", PDF).statusCode()).isEqualTo(404);
        assertThat(stranger.putJson("/api/patients/" + patient + "/wishes/code-status", Map.of("codeStatus", "DNR",
                "source", "x")).status()).isEqualTo(404);
        WebSession strangerWeb = other.signIn(other.careManagerUsername());
        assertThat(strangerWeb.bytes("/advance-directives/" + directive + "/copy").statusCode()).isEqualTo(404);
        assertThat(team.signIn(team.careManagerUsername()).bytes("/advance-directives/" + directive + "/copy")
                .statusCode()).isEqualTo(200);
        strangerWeb.get("/worklist");
        assertThat(strangerWeb.post("/patients/" + patient + "/wishes/directives/" + directive + "/revocation",
                Map.of("version", "1")).statusCode()).isEqualTo(404);
        JsonNode unchanged = team.careManager.get(path).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("ON_FILE");
        assertThat(unchanged.get("version").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from patient_wishes where patient_id = ?").param(patient)
                .query(Integer.class).single()).isZero();
    }

    /** A multipart upload of the directive's copy as the given care team's care manager. */
    private HttpResponse<String> upload(CareTeam as, String directive, String fileName, String type, byte[] content) {
        String boundary = "----careloop" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/advance-directives/" + directive + "/copy"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (as.careManagerUsername() + ":" + as.password()).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .as(response.toString()).contains(field);
    }
}
