package org.careloop.enrollment;

import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EligibilityApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    UUID patient;

    @BeforeEach
    void setUp() {
        rivera = Api.at(port).as("cm.rivera");
        patient = TestPatients.register(rivera, Map.of("familyName", "Quill", "givenNames", "Opal",
                "birthDate", "1948-02-11", "sex", "female"));
    }

    @Test
    void activeProblemsInTwoCategoriesAreSuggestedForCcmWithReasons() {
        condition("http://snomed.info/sct", "127013003", "Disorder of kidney due to diabetes mellitus", "active", false);
        condition("http://snomed.info/sct", "15777000", "Prediabetes", "active", false);
        condition("http://hl7.org/fhir/sid/icd-10-cm", "I50.9", "Heart failure, unspecified", "resolved", true);

        JsonNode verdict = rivera.get("/api/patients/" + patient + "/eligibility").json();

        assertThat(verdict.propertyNames()).containsExactlyInAnyOrder("ccm", "pcm", "chronicConditions", "reasons");
        assertThat(verdict.get("ccm").asBoolean()).isTrue();
        assertThat(verdict.get("pcm").asBoolean()).isTrue();
        assertThat(verdict.get("chronicConditions").findValuesAsString("category"))
                .containsExactly("chronic_kidney_disease", "diabetes");
        assertThat(verdict.get("chronicConditions").get(0).propertyNames())
                .containsExactlyInAnyOrder("code", "system", "display", "category");
        assertThat(verdict.get("reasons").get(0).asString())
                .isEqualTo("2 chronic categories: chronic kidney disease, diabetes");
    }

    @Test
    void aCodeAnAdministratorAddsCountsFromThenOn() {
        condition("http://snomed.info/sct", "59621000", "Essential hypertension", "active", false);
        condition("http://snomed.info/sct", "1234567001", "Some chronic disorder", "active", false);
        assertThat(rivera.get("/api/patients/" + patient + "/eligibility").json().get("ccm").asBoolean()).isFalse();

        Map<String, String> entry = Map.of("system", "SNOMED", "code", "1234567001", "display", "Some chronic disorder",
                "category", "rare_disorder");
        assertThat(rivera.postJson("/api/chronic-conditions", entry).status()).isEqualTo(403);
        Api.Response added = Api.at(port).as("admin").postJson("/api/chronic-conditions", entry);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        assertThat(rivera.get("/api/patients/" + patient + "/eligibility").json().get("ccm").asBoolean()).isTrue();
        assertThat(rivera.get("/api/chronic-conditions").json().findValuesAsString("category")).contains("rare_disorder");
    }

    @Test
    void anEntryWithoutCodeOrKnownSystemIsRefusedFieldByField() {
        Api.Response refused = Api.at(port).as("admin").postJson("/api/chronic-conditions",
                Map.of("system", "LOINC", "display", "x", "category", "y"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("system", "code");
    }

    private void condition(String system, String code, String display, String status, boolean abated) {
        boolean snomed = system.contains("snomed");
        jdbc.sql("""
                insert into condition (id, patient_id, snomed_code, icd10_code, code_system, code, display, clinical_status, abated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)""")
                .params(UUID.randomUUID(), patient, snomed ? code : null, snomed ? null : code, system, code, display,
                        status, abated).update();
    }

}
