package org.careloop.fhir.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.document.ClinicalDocuments;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinical notes an EHR sends as DocumentReferences (Synthea writes one base64 text/plain note per visit) are
 * kept with the chart, once however often the bundle comes, and shown: listed on the documents tab and read on a
 * page of their own. A note in a contained Binary is kept too; one that is only a link to the sender's server is
 * reported not kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentReferenceImportTests {

    static final String FHIR_JSON = "application/fhir+json";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirContext fhir;

    @Test
    void syntheaClinicalNotesAreKeptOnceAndShownOnTheChart() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Notes import practice");
        assertThat(team.careManager.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.DIRECTORY)).status()).isEqualTo(200);
        JsonNode sent = Fixtures.json(Fixtures.ADULT);
        List<JsonNode> notes = new ArrayList<>();
        sent.get("entry").forEach(entry -> {
            if (entry.get("resource").get("resourceType").asString().equals("DocumentReference")) {
                notes.add(entry.get("resource"));
            }
        });
        assertThat(notes).hasSizeGreaterThan(10);

        JsonNode first = team.careManager.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ADULT)).json();
        UUID patient = BundleImportEndpointTests.patientId(first);
        assertThat(jdbc.sql("select count(*) from clinical_document where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(notes.size());
        JsonNode note = notes.get(0);
        String sourceKey = "DocumentReference/" + note.get("id").asString();
        UUID documentId = ClinicalDocuments.idFor(patient, sourceKey);
        assertThat(first.toString()).contains("DocumentReference/" + documentId);
        byte[] text = Base64.getDecoder().decode(note.get("content").get(0).get("attachment").get("data").asString());
        assertThat(jdbc.sql("select content from clinical_document where id = ?").param(documentId)
                .query(byte[].class).single()).isEqualTo(text);
        assertThat(jdbc.sql("select kind || ' | ' || title || ' | ' || author || ' | ' || source || ' | ' || media_type "
                        + "from clinical_document where id = ?").param(documentId).query(String.class).single())
                .isEqualTo("CLINICAL_NOTE | History and physical note | "
                        + note.get("author").get(0).get("display").asString() + " | IMPORTED | text/plain; charset=utf-8");

        JsonNode again = team.careManager.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ADULT)).json();
        assertThat(jdbc.sql("select count(*) from clinical_document where patient_id = ?").param(patient)
                .query(Integer.class).single()).as("imported twice, kept once").isEqualTo(notes.size());
        assertThat(BundleImportEndpointTests.statuses(again, "201 Created")).isZero();

        WebSession session = team.signIn(team.careManagerUsername());
        String tab = session.htmx("/patients/" + patient + "?tab=documents").body();
        assertThat(tab).contains("History and physical note").contains("From the EHR").contains("/documents/" + documentId);
        String page = session.get("/documents/" + documentId).body();
        String firstLine = new String(text, StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("#"))
                .findFirst().orElseThrow();
        assertThat(page).contains(firstLine).contains("id=\"document-text\"");
    }

    @Test
    void aNoteInAContainedBinaryIsKeptAndALinkOnlyNoteIsReportedNotKept() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Contained notes practice");
        String id = UUID.randomUUID().toString();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Patient patient = new Patient();
        patient.setId("Patient/p-" + id);
        patient.addName().setFamily("Moreau").addGiven("Celine");
        patient.setBirthDateElement(new DateType("1947-10-02"));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        add(bundle, patient);
        DocumentReference discharge = note(id, "d", "18842-5", "Discharge summary");
        discharge.addContained(new Binary().setContentType("text/plain")
                .setData("Discharged home on furosemide 40 mg <daily>.".getBytes(StandardCharsets.UTF_8)).setId("text"));
        discharge.addContent().setAttachment(new Attachment().setUrl("#text").setContentType("text/plain"));
        add(bundle, discharge);
        DocumentReference linked = note(id, "l", "11488-4", "Cardiology consult");
        linked.addContent().setAttachment(new Attachment().setUrl("https://ehr.example.org/notes/991")
                .setContentType("application/pdf"));
        add(bundle, linked);

        Api.Response response = team.careManager.post("/fhir", FHIR_JSON,
                fhir.newJsonParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        UUID stored = BundleImportEndpointTests.patientId(response.json());
        assertThat(jdbc.sql("select kind || ' | ' || title || ' | ' || convert_from(content, 'UTF8') from clinical_document "
                        + "where patient_id = ?").param(stored).query(String.class).list())
                .containsExactly("DISCHARGE_SUMMARY | Discharge summary | Discharged home on furosemide 40 mg <daily>.");
        assertThat(response.text()).contains("Not kept: 1 DocumentReference (its attachments are only links");
        String page = team.signIn(team.careManagerUsername()).get("/documents/"
                + ClinicalDocuments.idFor(stored, "DocumentReference/d-" + id)).body();
        assertThat(page).contains("furosemide 40 mg &lt;daily&gt;.");
    }

    private static DocumentReference note(String id, String prefix, String loinc, String display) {
        DocumentReference note = new DocumentReference();
        note.setId("DocumentReference/" + prefix + "-" + id);
        note.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        note.setType(new CodeableConcept(new Coding("http://loinc.org", loinc, display)));
        note.setSubject(new Reference("Patient/p-" + id));
        return note;
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl("http://ehr.example.org/fhir/" + resource.getIdElement().getValue()).setResource(resource);
    }
}
