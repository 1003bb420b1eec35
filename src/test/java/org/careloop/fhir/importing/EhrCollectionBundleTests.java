package org.careloop.fhir.importing;

import java.math.BigDecimal;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.support.Api;
import org.hl7.fhir.r4.model.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EHR's collection bundle with what Synthea never writes: relative {@code Type/id} references, a goal, a PHQ-2
 * questionnaire, family history, a medication statement naming a contained medication, an allergy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EhrCollectionBundleTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirContext fhir;

    @Test
    void keepsGoalsQuestionnairesFamilyHistoryAndMedicationStatements() {
        String id = UUID.randomUUID().toString();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Patient patient = new Patient();
        patient.setId("Patient/p-" + id);
        patient.addName().setFamily("Alvarez").addGiven("Rosa");
        patient.setBirthDateElement(new DateType("1951-04-09"));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        add(bundle, patient);
        Reference subject = new Reference("Patient/p-" + id);
        Condition diabetes = new Condition().setSubject(subject)
                .setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "44054006", "Diabetes mellitus type 2")));
        diabetes.setId("Condition/c-" + id);
        add(bundle, diabetes);
        Goal goal = new Goal().setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE).setSubject(subject)
                .setDescription(new CodeableConcept().setText("HbA1c below 7%"));
        goal.addAddresses(new Reference("Condition/c-" + id));
        goal.addTarget().setMeasure(new CodeableConcept(new Coding("http://loinc.org", "4548-4", "Hemoglobin A1c")))
                .setDetail(new Quantity().setValue(new BigDecimal("7")).setUnit("%")).setDue(new DateType("2027-06-30"));
        goal.setId("Goal/g-" + id);
        add(bundle, goal);
        QuestionnaireResponse phq2 = new QuestionnaireResponse().setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setQuestionnaire("http://loinc.org/q/55757-9").setSubject(subject);
        phq2.addItem().setLinkId("44250-9").setText("Little interest or pleasure in doing things")
                .addAnswer().setValue(new Coding("http://loinc.org", "LA6569-3", "Several days"));
        phq2.setId("QuestionnaireResponse/q-" + id);
        add(bundle, phq2);
        FamilyMemberHistory mother = new FamilyMemberHistory().setStatus(FamilyMemberHistory.FamilyHistoryStatus.COMPLETED)
                .setPatient(subject).setRelationship(new CodeableConcept().setText("mother"));
        mother.addCondition().setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "22298006", "Myocardial infarction")));
        mother.setId("FamilyMemberHistory/f-" + id);
        add(bundle, mother);
        Medication metformin = new Medication().setCode(new CodeableConcept(
                new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "860975", "metformin 500 MG")));
        metformin.setId("med");
        MedicationStatement statement = new MedicationStatement().setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE)
                .setSubject(subject).setMedication(new Reference("#med"));
        statement.addContained(metformin);
        statement.setId("MedicationStatement/m-" + id);
        add(bundle, statement);
        AllergyIntolerance peanuts = new AllergyIntolerance().setPatient(subject)
                .setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "91935009", "Allergy to peanuts")));
        peanuts.setId("AllergyIntolerance/a-" + id);
        add(bundle, peanuts);

        JsonNode response = Api.at(port).as("cm.rivera").post("/fhir", "application/fhir+json",
                fhir.newJsonParser().encodeResourceToString(bundle).getBytes()).json();

        assertThat(response.get("type").asString()).isEqualTo("batch-response");
        UUID stored = BundleImportEndpointTests.patientId(response);
        assertThat(jdbc.sql("select description || ' ' || due_on || ' ' || (addresses->0->>'code') from ehr_goal where patient_id = ?")
                .param(stored).query(String.class).single()).isEqualTo("HbA1c below 7% 2027-06-30 44054006");
        assertThat(jdbc.sql("select items->0->'answers'->>0 from questionnaire_response where patient_id = ?")
                .param(stored).query(String.class).single()).isEqualTo("Several days");
        assertThat(jdbc.sql("select relationship || ' ' || condition_code from family_history where patient_id = ?")
                .param(stored).query(String.class).single()).isEqualTo("mother 22298006");
        assertThat(jdbc.sql("select source_type || ' ' || rxnorm_code from medication where patient_id = ?")
                .param(stored).query(String.class).single()).isEqualTo("MedicationStatement 860975");
        assertThat(jdbc.sql("select code from allergy where patient_id = ?").param(stored).query(String.class).single())
                .isEqualTo("91935009");
        assertThat(jdbc.sql("select mrn::bigint >= 100001 from patient where id = ?").param(stored).query(Boolean.class).single())
                .as("a patient sent without an MRN gets the practice's next one").isTrue();
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl("http://ehr.example.org/fhir/" + resource.getIdElement().getValue()).setResource(resource);
    }
}
