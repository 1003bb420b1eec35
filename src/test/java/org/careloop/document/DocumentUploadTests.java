package org.careloop.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care manager uploads a discharge summary: CareLoop knows a PDF by its first bytes whatever its name and claimed
 * type, keeps it in PostgreSQL with its SHA-256, lists it on the chart, and every download is an audited export.
 * Empty files, programs dressed up as PDFs and files over the size limit are refused naming the field; another
 * practice's user can neither upload, list nor download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentUploadTests {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadedPdfIsKnownByItsContentKeptWithItsDigestAndDownloadedOnTheAuditTrail() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Document practice");
        UUID patient = team.patient("Okafor", "Grace");

        Api.Response uploaded = new Multipart().field("kind", "DISCHARGE_SUMMARY").field("title", "St Mary discharge")
                .field("author", "Dr. Adeyemi, hospitalist").field("documentDate", "2026-11-02")
                .file("summary.txt", "text/plain", PDF).post(team.careManager, documents(patient));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode document = uploaded.json();
        assertThat(document.get("mediaType").asString()).as("the content decides, not the name").isEqualTo("application/pdf");
        assertThat(document.get("kind").asString()).isEqualTo("DISCHARGE_SUMMARY");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(document.get("sha256").asString()).isEqualTo(ClinicalDocuments.sha256(PDF));
        assertThat(document.get("source").asString()).isEqualTo("UPLOADED");
        assertThat(document.get("uploadedBy").asString()).isEqualTo("Casey " + team.tag);
        String id = document.get("id").asString();

        Api.Response text = new Multipart().field("kind", "CONSULT_NOTE")
                .file("cardiology.txt", "application/octet-stream", "Consult: continue beta blocker.\n".getBytes(StandardCharsets.UTF_8))
                .post(team.nurse, documents(patient));
        assertThat(text.status()).as(text.toString()).isEqualTo(201);
        assertThat(text.json().get("mediaType").asString()).isEqualTo("text/plain; charset=utf-8");
        assertThat(text.json().get("title").asString()).as("the file's name when no title").isEqualTo("cardiology.txt");

        JsonNode listed = team.careManager.get(documents(patient)).json();
        assertThat(listed.valueStream().map(d -> d.get("title").asString()))
                .containsExactly("cardiology.txt", "St Mary discharge");

        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        Api.Response download = team.provider.get("/api/documents/" + id + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition").orElseThrow()).startsWith("attachment").contains("summary.txt");
        assertThat(download.header("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
        assertThat(jdbc.sql("""
                select action || ' ' || resource_type || ' ' || resource_id || ' ' || outcome from audit_event
                 where id > ? and patient_id = ? and username = ?""")
                .params(before, patient, team.providerUsername()).query(String.class).list())
                .containsExactly("EXPORT ClinicalDocument " + id + " SUCCESS");

        String chart = team.signIn(team.careManagerUsername()).htmx("/patients/" + patient + "?tab=documents").body();
        assertThat(chart).contains("St Mary discharge").contains("Discharge summary")
                .contains("Uploaded by Casey " + team.tag).contains("/documents/" + id + "/download");
        assertThat(team.signIn(team.careManagerUsername()).bytes("/documents/" + id + "/download").body()).isEqualTo(PDF);
    }

    @Test
    void aFileThatIsNotAKeptTypeIsEmptyOrTooLargeIsRefusedNamingTheFieldAndNothingIsKept() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Refused document practice");
        UUID patient = team.patient("Quinn", "Roisin");
        byte[] program = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04};

        assertRefused(new Multipart().field("kind", "OTHER").file("scan.pdf", "application/pdf", program)
                .post(team.careManager, documents(patient)), 400, "file");
        assertRefused(new Multipart().field("kind", "OTHER").file("empty.pdf", "application/pdf", new byte[0])
                .post(team.careManager, documents(patient)), 400, "file");
        assertRefused(new Multipart().field("kind", "OTHER").post(team.careManager, documents(patient)), 400, "file");
        assertRefused(new Multipart().field("kind", "LETTER").file("a.pdf", "application/pdf", PDF)
                .post(team.careManager, documents(patient)), 400, "kind");
        assertRefused(new Multipart().field("kind", "OTHER").field("documentDate", "2999-01-01")
                .file("a.pdf", "application/pdf", PDF).post(team.careManager, documents(patient)), 400, "documentDate");
        assertRefused(new Multipart().file("a.pdf", "application/pdf", PDF).post(team.careManager, documents(patient)),
                400, "kind");

        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Api.Response tooLarge = new Multipart().field("kind", "OTHER").file("big.pdf", "application/pdf", large)
                .post(team.careManager, documents(patient));
        assertRefused(tooLarge, 413, "file");
        assertThat(tooLarge.text()).contains("10.0 MB");
        assertThat(jdbc.sql("select count(*) from clinical_document where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherPracticesUserCanNeitherUploadListNorDownload() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Own document practice");
        CareTeam stranger = CareTeam.hire(port, practices, staff, "Stranger document practice");
        UUID patient = team.patient("Rask", "Helle");
        String id = new Multipart().field("kind", "OTHER").file("a.pdf", "application/pdf", PDF)
                .post(team.careManager, documents(patient)).json().get("id").asString();

        assertThat(new Multipart().field("kind", "OTHER").file("b.pdf", "application/pdf", PDF)
                .post(stranger.careManager, documents(patient)).status()).isEqualTo(404);
        assertThat(stranger.careManager.get(documents(patient)).status()).isEqualTo(404);
        Api.Response download = stranger.careManager.get("/api/documents/" + id + "/content");
        assertThat(download.status()).isEqualTo(404);
        assertThat(download.text()).doesNotContain("%PDF");
        assertThat(stranger.signIn(stranger.careManagerUsername()).get("/documents/" + id + "/download").statusCode())
                .isEqualTo(404);
        assertThat(stranger.signIn(stranger.careManagerUsername()).get("/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(team.careManager.get("/api/documents/" + UUID.randomUUID() + "/content").status()).isEqualTo(404);
        assertThat(team.biller().get("/api/documents/" + id + "/content").status()).as("not a biller's").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from clinical_document where patient_id = ?").param(patient)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select outcome from audit_event where resource_type = 'ClinicalDocument' and resource_id = ? "
                        + "and username = ?").params(id, stranger.careManagerUsername()).query(String.class).list())
                .containsOnly("NOT_FOUND");
    }

    private static void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        List<String> fields = response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains(field);
    }

    private static String documents(UUID patient) {
        return "/api/patients/" + patient + "/documents";
    }
}
