package org.careloop.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo has an unreconciled list with the duplicate-class warning and a reconciled, signed one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoMedicationsTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DemoMedications demoMedications;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePracticeHasAnUnreconciledListWithTheDuplicateClassWarningAndASignedOne() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Demo medication practice " + tag).id();
        UUID careManager = staff.hire("cm." + tag, "CM " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER),
                Set.of(practice)).id();
        Api cm = Api.at(port).as("cm." + tag, "pw-" + tag);
        UUID first = patient(cm, careManager, "Considine", "furosemide 40 MG Oral Tablet", "carvedilol 25 MG Oral Tablet");
        UUID second = patient(cm, careManager, "Rippin", "Naproxen 500 MG Oral Tablet", "Furosemide 40 MG Oral Tablet");
        patient(cm, careManager, "Abbott", "Naproxen sodium 220 MG Oral Tablet");

        demoMedications.prepare(practice, "cm." + tag);

        JsonNode unreconciled = cm.get("/api/patients/" + first + "/medication-list").json();
        assertThat(unreconciled.get("reconciled").asBoolean()).isFalse();
        assertThat(unreconciled.get("medications").valueStream().map(m -> m.get("name").asString()))
                .contains("lisinopril 10 MG Oral Tablet", "losartan potassium 50 MG Oral Tablet",
                        "sacubitril 49 MG / valsartan 51 MG Oral Tablet");
        assertThat(unreconciled.get("warnings").valueStream().map(w -> w.get("rule").asString()))
                .containsExactly("RAAS_DOUBLE_BLOCKADE", "SUPPLY_RAN_OUT");

        JsonNode reconciled = cm.get("/api/patients/" + second + "/medication-list").json();
        assertThat(reconciled.get("version").asInt()).isEqualTo(1);
        JsonNode signed = cm.get("/api/patients/" + second + "/medication-lists").json().get(0);
        assertThat(signed.get("minutes").asInt()).isEqualTo(12);
        assertThat(signed.get("medications").valueStream().map(m -> m.get("name").asString() + ": "
                + m.path("answer").asString("reported"))).containsExactlyInAnyOrder(
                "Furosemide 40 MG Oral Tablet: TAKING_DIFFERENTLY", "losartan potassium 50 MG Oral Tablet: TAKING_AS_PRESCRIBED",
                "Naproxen 500 MG Oral Tablet: NOT_TAKING", "Vitamin D3 1000 unit capsule: reported");
    }

    private UUID patient(Api cm, UUID careManager, String family, String... medications) {
        Api.Response created = cm.postJson("/api/patients", Map.of("familyName", family, "givenNames", "Pat",
                "birthDate", "1950-04-05", "sex", "female", "assignedCareManagerId", careManager.toString()));
        UUID patient = UUID.fromString(created.json().get("id").asString());
        for (String medication : medications) {
            insert(patient, medication);
        }
        if (!family.equals("Abbott")) {
            insert(patient, "losartan potassium 50 MG Oral Tablet");
        }
        return patient;
    }

    private void insert(UUID patient, String display) {
        jdbc.sql("""
                insert into medication (id, patient_id, source_type, display, status, intent, authored_at)
                values (gen_random_uuid(), ?, 'MedicationRequest', ?, 'active', 'order', now() - interval '400 days')""")
                .params(patient, display).update();
    }
}
