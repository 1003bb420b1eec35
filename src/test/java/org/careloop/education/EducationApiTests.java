package org.careloop.education;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
 * A care manager gives a patient a material (on a call, or for a care-plan intervention), records the teach-back
 * (its minutes logged as CCM time), and prints the large-type copy. Stale and finished teach-backs are refused
 * with 409, bad ones name the field, and another practice's care manager finds nothing through any endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EducationApiTests {

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
        team = CareTeam.hire(port, practices, staff, "Education practice");
        patient = team.enrolledPatient("Okafor", "Grace");
    }

    @Test
    void aTeachBackThatShowsTheMaterialWasUnderstoodClosesItAndLogsItsMinutesAsCcmTime() {
        JsonNode assigned = assign("low-salt-eating-en");
        assertThat(assigned.get("materialTitle").asString()).isEqualTo("Eating less salt");
        assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");

        Api.Response again = teachBack(assigned, "NEEDS_REINFORCEMENT", "CAREGIVER", null,
                "Daughter unsure which labels to read.");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("NEEDS_REINFORCEMENT");

        Api.Response understood = teachBack(again.json(), "UNDERSTOOD", "PATIENT", 7,
                "Said back: rinse canned beans, read sodium on the label.");
        assertThat(understood.status()).as(understood.toString()).isEqualTo(200);
        JsonNode done = understood.json();
        assertThat(done.get("status").asString()).isEqualTo("UNDERSTOOD");
        assertThat(done.get("teachBacks").size()).isEqualTo(2);
        JsonNode last = done.get("teachBacks").get(1);
        assertThat(last.get("taughtByName").asString()).isEqualTo("Casey " + team.tag);
        assertThat(last.get("minutes").asInt()).isEqualTo(7);

        Map<String, Object> entry = jdbc.sql("""
                select program, activity, minutes, notes from time_entry where id = ?""")
                .param(UUID.fromString(last.get("timeEntryId").asString())).query().singleRow();
        assertThat(entry).containsEntry("program", "CCM").containsEntry("activity", "PATIENT_COMMUNICATION")
                .containsEntry("minutes", 7);
        assertThat((String) entry.get("notes")).contains("Eating less salt").contains("understood");

        Api.Response closed = teachBack(done, "UNDERSTOOD", "PATIENT", null, null);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("detail").asString()).contains("already understood");
        assertThat(teachBacks()).isEqualTo(2);

        List<JsonNode> chart = team.careManager.get("/api/patients/" + patient + "/education").json().valueStream().toList();
        assertThat(chart).singleElement().satisfies(a -> assertThat(a.get("teachBacks").size()).isEqualTo(2));
    }

    @Test
    void aTeachBackBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        JsonNode assigned = assign("diabetes-en");
        assertThat(teachBack(assigned, "NOT_DONE", "PATIENT", null, "Patient had to go.").status()).isEqualTo(200);

        Api.Response stale = teachBack(assigned, "UNDERSTOOD", "PATIENT", 5, null);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(teachBacks()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from time_entry where patient_id = ?").param(patient)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badRequestsNameTheFieldAndStoreNothing() {
        assertRefused(team.careManager.postJson("/api/patients/" + patient + "/education",
                Map.of("materialId", "no-such-handout")), "materialId");
        assertRefused(team.careManager.postJson("/api/patients/" + patient + "/education",
                Map.of("materialId", "copd-en", "interventionId", "x")), "carePlanId");
        JsonNode assigned = assign("copd-en");
        String path = "/api/education/assignments/" + assigned.get("id").asString() + "/teach-backs";
        assertRefused(team.careManager.postJson(path, Map.of("taughtTo", "PATIENT")), "result");
        assertRefused(team.careManager.postJson(path, Map.of("taughtTo", "NEIGHBOUR", "result", "UNDERSTOOD")), "taughtTo");
        assertRefused(team.careManager.postJson(path, Map.of("taughtTo", "PATIENT", "result", "UNDERSTOOD",
                "minutes", 500)), "minutes");
        assertRefused(team.careManager.postJson(path, Map.of("taughtTo", "PATIENT", "result", "UNDERSTOOD",
                "taughtAt", OffsetDateTime.now().plusHours(3).toString())), "taughtAt");
        assertThat(teachBacks()).isZero();
        assertThat(jdbc.sql("select count(*) from education_assignment where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aMaterialAssignedForACarePlanInterventionNamesIt() {
        String plan = TestPatients.startCarePlan(team.careManager, patient, "CCM", "hypertension");
        JsonNode intervention = team.careManager.get("/api/care-plans/" + plan).json().get("content")
                .get("interventions").get(0);
        Api.Response assigned = team.careManager.postJson("/api/patients/" + patient + "/education", Map.of(
                "materialId", "high-blood-pressure-en", "carePlanId", plan,
                "interventionId", intervention.get("id").asString()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        assertThat(assigned.json().get("intervention").asString()).isEqualTo(intervention.get("description").asString());
        String editor = team.signIn(team.careManagerUsername()).get("/care-plans/" + plan).body();
        String teach = "/patients/" + patient + "/education?plan=" + plan + "&amp;intervention=" + intervention.get("id").asString();
        assertThat(editor).contains(teach);
        assertThat(team.signIn(team.careManagerUsername()).get(teach.replace("&amp;", "&")).body())
                .containsPattern("value=\"" + plan + "\\|" + intervention.get("id").asString() + "\"\\s+selected");

        assertRefused(team.careManager.postJson("/api/patients/" + patient + "/education", Map.of(
                "materialId", "high-blood-pressure-en", "carePlanId", plan, "interventionId", "not-on-the-plan")),
                "interventionId");
        UUID otherPatient = team.patient("Other", "Person");
        assertRefused(team.careManager.postJson("/api/patients/" + otherPatient + "/education", Map.of(
                "materialId", "high-blood-pressure-en", "carePlanId", plan,
                "interventionId", intervention.get("id").asString())), "carePlanId");
    }

    @Test
    void thePatientCopyIsALargeTypePdfOfTheMaterialCitingItsSource() throws Exception {
        JsonNode assigned = assign("foot-care-en");
        Api.Response pdf = team.careManager.get("/api/education/assignments/" + assigned.get("id").asString()
                + "/patient-copy.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        List<Float> sizes = new ArrayList<>();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws java.io.IOException {
                    positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                    super.writeString(string, positions);
                }
            };
            text = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Caring for your feet when you have diabetes").contains("Grace Okafor")
                .contains("Based on: MedlinePlus: Diabetic Foot").contains("https://medlineplus.gov/diabeticfoot.html");
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(18f));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where patient_id = ? and action = 'EXPORT'
                   and resource_type = 'EducationAssignment'""").param(patient).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aSpanishMaterialPrintsInSpanishWithoutAGrade() throws Exception {
        JsonNode material = team.careManager.get("/api/education/materials/diabetes-es").json();
        assertThat(material.get("readingLevel").get("grade").isNull()).isTrue();
        JsonNode assigned = assign("diabetes-es");
        try (PDDocument document = Loader.loadPDF(team.careManager.get("/api/education/assignments/"
                + assigned.get("id").asString() + "/patient-copy.pdf").body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Vivir con diabetes").contains("Basado en")
                    .contains("¿Preguntas?");
        }
    }

    @Test
    void emailingACopyWhereNoMailServerIsSetUpSaysSoAndSendsNothing() {
        JsonNode assigned = assign("depression-en");
        Api.Response refused = team.careManager.postJson("/api/education/assignments/" + assigned.get("id").asString()
                + "/patient-copy/email", Map.of("to", "grace@example.org"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("detail").asString()).contains("spring.mail.host").contains("print the copy");
    }

    @Test
    void anAdministratorAddsAMaterialWhoseGradeIsComputedAndACareManagerMayNot() {
        Map<String, Object> material = new HashMap<>(Map.of("title", "Walking every day", "topic", "Exercise",
                "language", "en", "format", "HANDOUT", "sourceName", "MedlinePlus: Exercise and Physical Fitness",
                "sourceUrl", "https://medlineplus.gov/exerciseandphysicalfitness.html",
                "text", "# Walk a little\nTake a short walk after meals. Start with five minutes."));
        Api.Response added = team.admin().postJson("/api/education/materials", material);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("readingLevel").get("grade").asDouble()).isGreaterThanOrEqualTo(0.0);
        assertThat(team.careManager.get("/api/education/materials?topic=Exercise").json().size()).isEqualTo(1);
        assertThat(CareTeam.hire(port, practices, staff, "Elsewhere").careManager
                .get("/api/education/materials?topic=Exercise").json().size()).isZero();

        assertThat(team.careManager.postJson("/api/education/materials", material).status()).isEqualTo(403);
        material.put("sourceUrl", "ftp://nowhere");
        assertRefused(team.admin().postJson("/api/education/materials", material), "sourceUrl");
    }

    @Test
    void anotherPracticesCareManagerFindsNoAssignmentThroughAnyEndpointAndChangesNothing() {
        JsonNode assigned = assign("copd-en");
        String id = assigned.get("id").asString();
        Api stranger = CareTeam.hire(port, practices, staff, "Stranger practice").careManager;
        assertThat(stranger.get("/api/education/assignments/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/education/assignments/" + id + "/patient-copy.pdf").status()).isEqualTo(404);
        assertThat(stranger.postJson("/api/education/assignments/" + id + "/teach-backs",
                Map.of("taughtTo", "PATIENT", "result", "UNDERSTOOD", "minutes", 5)).status()).isEqualTo(404);
        assertThat(stranger.postJson("/api/patients/" + patient + "/education", Map.of("materialId", "copd-en"))
                .status()).isEqualTo(404);
        assertThat(stranger.get("/api/education/assignments/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(teachBacks()).isZero();
        assertThat(jdbc.sql("select count(*) from education_assignment where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(1);

        CareTeam elsewhere = CareTeam.hire(port, practices, staff, "Stranger pages");
        WebSession strangerWeb = elsewhere.signIn(elsewhere.careManagerUsername());
        assertThat(strangerWeb.bytes("/education/assignments/" + id + "/patient-copy.pdf").statusCode()).isEqualTo(404);
        assertThat(team.signIn(team.careManagerUsername()).bytes("/education/assignments/" + id + "/patient-copy.pdf")
                .statusCode()).isEqualTo(200);
        strangerWeb.get("/worklist");
        assertThat(strangerWeb.post("/patients/" + patient + "/education/assignments/" + id + "/teach-back",
                Map.of("taughtTo", "PATIENT", "result", "UNDERSTOOD")).statusCode()).isEqualTo(404);
        assertThat(teachBacks()).isZero();
    }

    private JsonNode assign(String material) {
        Api.Response assigned = team.careManager.postJson("/api/patients/" + patient + "/education",
                Map.of("materialId", material));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return assigned.json();
    }

    private Api.Response teachBack(JsonNode assignment, String result, String taughtTo, Integer minutes, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", assignment.get("version").asInt());
        body.put("result", result);
        body.put("taughtTo", taughtTo);
        body.put("minutes", minutes);
        body.put("note", note);
        return team.careManager.postJson("/api/education/assignments/" + assignment.get("id").asString()
                + "/teach-backs", body);
    }

    private int teachBacks() {
        return jdbc.sql("""
                select count(*) from education_teach_back t join education_assignment a on a.id = t.assignment_id
                 where a.patient_id = ?""").param(patient).query(Integer.class).single();
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .as(response.toString()).contains(field);
    }
}
