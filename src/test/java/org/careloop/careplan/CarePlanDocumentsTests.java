package org.careloop.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan leaving CareLoop: the patient's PDF copy, the FHIR Bundle, and documenting that a copy was given. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarePlanDocumentsTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Clock clock;

    Api rivera;
    String plan;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        String patientId = TestPatients.register(rivera, "Castellanos", "Rosalind").toString();
        plan = TestPatients.startCarePlan(rivera, patientId, "CCM", "diabetes", "hypertension");
        rivera.putJson("/api/care-plans/" + plan, Map.of("basedOnVersion", 1,
                "barriers", List.of("Cost of test strips"), "preferences", List.of("Calls after 4 pm")));
    }

    @Test
    void thePatientCopyIsAPdfWithTheGoalsInThePatientsOwnWordsFirst() throws Exception {
        Api.Response pdf = rivera.get("/api/care-plans/" + plan + "/patient-copy.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text;
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(font).getName());
                }
            }
        }
        assertThat(fonts).as("only the shipped font, so the copy looks the same on every server")
                .isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans"));
        assertThat(text).contains("My care plan", "Rosalind Castellanos", "Keep my blood sugar in a healthy range",
                "HbA1c < 7 %", "Keep my blood pressure down", "Blood pressure < 130/80 mmHg", "Cost of test strips",
                "Calls after 4 pm", "What I will do", "What my care team will do");
        assertThat(text.indexOf("Keep my blood sugar in a healthy range")).isLessThan(text.indexOf("HbA1c < 7 %"));
        assertThat(text.indexOf("My goals")).isLessThan(text.indexOf("What I will do"));
    }

    @Test
    void theFhirBundleCarriesTheCarePlanAndItsGoals() {
        Api.Response response = rivera.get("/api/care-plans/" + plan + "/fhir");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, response.text());
        CarePlan carePlan = (CarePlan) bundle.getEntryFirstRep().getResource();
        List<Goal> goals = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Goal.class::isInstance).map(Goal.class::cast).toList();
        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(carePlan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(carePlan.getGoal()).hasSize(goals.size());
        assertThat(carePlan.getActivity()).isNotEmpty();
        assertThat(carePlan.getAddresses()).extracting(reference -> reference.getDisplay())
                .contains("Type 2 diabetes mellitus", "Essential (primary) hypertension");
        assertThat(goals).extracting(goal -> goal.getDescription().getText())
                .contains("HbA1c < 7 %", "BP < 130/80", "Walk 20 minutes 5 days a week");
        Goal hba1c = goals.stream().filter(g -> g.getDescription().getText().equals("HbA1c < 7 %")).findFirst().orElseThrow();
        assertThat(hba1c.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.PROPOSED);
        assertThat(hba1c.getTargetFirstRep().getDueDateType().getValueAsString())
                .isEqualTo(LocalDate.now(clock).plusMonths(6).toString());
        assertThat(hba1c.getNoteFirstRep().getText()).contains("Keep my blood sugar in a healthy range");
        assertThat(hba1c.getAchievementStatus().getCodingFirstRep().getCode()).isEqualTo("in-progress");
        Quantity target = hba1c.getTargetFirstRep().getDetailQuantity();
        assertThat(target.getComparator()).isEqualTo(Quantity.QuantityComparator.LESS_THAN);
        assertThat(target.getValue()).isEqualByComparingTo("7");
        assertThat(target.getUnit()).isEqualTo("%");
    }

    @Test
    void theFhirEndpointReadsTheCarePlanWithItsGoalsContainedForTheCallersPracticeOnly() {
        Api.Response response = rivera.get("/fhir/CarePlan/" + plan);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        CarePlan carePlan = FhirContext.forR4Cached().newJsonParser().parseResource(CarePlan.class, response.text());
        assertThat(carePlan.getIdElement().getIdPart()).isEqualTo(plan);
        List<Goal> goals = carePlan.getContained().stream().filter(Goal.class::isInstance).map(Goal.class::cast).toList();
        assertThat(goals).extracting(goal -> goal.getDescription().getText()).contains("HbA1c < 7 %", "BP < 130/80");
        assertThat(carePlan.getGoal()).hasSize(goals.size());
        assertThat(Api.at(port).as("cm.okafor").get("/fhir/CarePlan/" + plan).status()).isEqualTo(404);
        assertThat(rivera.get("/fhir/CarePlan/not-a-plan").status()).isEqualTo(404);
    }

    @Test
    void aCopyGivenIsRecordedOnThePlanWithTheVersionGiven() {
        String today = LocalDate.now(clock).toString();

        Api.Response recorded = rivera.postJson("/api/care-plans/" + plan + "/copies-given",
                Map.of("method", "MAIL", "givenOn", today, "to", "Tom Castellanos (son)"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        JsonNode copy = rivera.get("/api/care-plans/" + plan).json().get("copiesGiven").get(0);
        assertThat(copy.get("method").asString()).isEqualTo("MAIL");
        assertThat(copy.get("givenOn").asString()).isEqualTo(today);
        assertThat(copy.get("givenTo").asString()).isEqualTo("Tom Castellanos (son)");
        assertThat(copy.get("version").asInt()).isEqualTo(2);
        assertThat(copy.get("recordedBy").asString()).isEqualTo("cm.rivera");
    }

    @Test
    void aCopyWithAnUnknownMethodOrNoRecipientIsRefusedNamingTheField() {
        Api.Response pigeon = rivera.postJson("/api/care-plans/" + plan + "/copies-given",
                Map.of("method", "PIGEON", "givenOn", LocalDate.now(clock).toString(), "to", "patient"));
        assertThat(pigeon.status()).isEqualTo(400);
        assertThat(pigeon.json().get("errors").findValuesAsString("field")).containsExactly("method");

        Api.Response nobody = rivera.postJson("/api/care-plans/" + plan + "/copies-given",
                Map.of("method", "PORTAL", "givenOn", LocalDate.now(clock).toString()));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("errors").findValuesAsString("field")).containsExactly("to");
        assertThat(rivera.get("/api/care-plans/" + plan).json().get("copiesGiven").size()).isZero();
    }
}
