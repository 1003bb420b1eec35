package org.careloop.medication;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The medication pages over HTTP with a signed-in session: the chart's Medications tab shows the duplicate-class
 * warning; a refused reconciliation form comes back as typed with the problem beside its field; a signed one leads
 * to the list (or back to the call it was opened from) saying what was signed and logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MedicationPagesTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChartTabWarnsAndARefusedFormComesBackAsTypedThenSignsTheList() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Medication pages practice");
        UUID patient = team.enrolledPatient("Okafor", "Grace");
        UUID lisinopril = prescription(patient, "lisinopril 10 MG Oral Tablet");
        UUID losartan = prescription(patient, "losartan potassium 50 MG Oral Tablet");
        WebSession web = team.signIn(team.careManagerUsername());

        String tab = web.htmx("/patients/" + patient + "?tab=medications").body();
        assertThat(tab).contains("ACE inhibitor + ARB/ARNI").contains("Never reconciled")
                .contains("/patients/" + patient + "/medications/reconcile");

        String form = web.get("/patients/" + patient + "/medications/reconcile").body();
        assertThat(form).contains("name=\"answers[0].medicationId\" value=\"" + lisinopril + "\"")
                .contains("name=\"answers[1].medicationId\" value=\"" + losartan + "\"")
                .contains("name=\"newMedications[0].name\"");

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("version", "0");
        answers.put("answers[0].medicationId", lisinopril.toString());
        answers.put("answers[0].answer", "TAKING_AS_PRESCRIBED");
        answers.put("answers[1].medicationId", losartan.toString());
        answers.put("answers[1].answer", "NOT_TAKING");
        answers.put("answers[1].barriers", "SIDE_EFFECTS");
        answers.put("newMedications[0].name", "");
        answers.put("newMedications[3].name", "Metformin 500 mg");
        answers.put("newMedications[3].dose", "twice a day with food");
        answers.put("minutes", "9");
        answers.put("program", "CCM");
        HttpResponse<String> refused = web.post("/patients/" + patient + "/medications/reconcile", answers);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/medications/reconcile");
        String again = web.get("/patients/" + patient + "/medications/reconcile").body();
        assertThat(again).contains("id=\"answer-1-reason\" value=\"\" aria-invalid=\"true\"")
                .contains("is required when the patient&#39;s answer is &quot;not taking&quot;")
                .contains("value=\"NOT_TAKING\" selected=\"selected\"")
                .contains("value=\"SIDE_EFFECTS\" checked=\"checked\"")
                .contains("value=\"Metformin 500 mg\"");
        assertThat(jdbc.sql("select count(*) from medication_list where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();

        answers.put("answers[1].reason", "Dizzy since the dose went up");
        HttpResponse<String> signed = web.post("/patients/" + patient + "/medications/reconcile", answers);
        assertThat(signed.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "/medications");
        String list = web.get("/patients/" + patient + "/medications").body();
        assertThat(list).contains("Medication list 1 signed with 3 medications; 9 min logged as medication reconciliation.")
                .contains("Dizzy since the dose went up").contains("Metformin 500 mg").contains("Prescribed but not taken");
    }

    @Test
    void aReconciliationOpenedFromTheCallLeadsBackToTheCall() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Medication call practice");
        UUID patient = team.enrolledPatient("Lund", "Ivo");
        UUID metoprolol = prescription(patient, "24 HR metoprolol succinate 25 MG Extended Release Oral Tablet");
        WebSession web = team.signIn(team.careManagerUsername());
        assertThat(web.get("/patients/" + patient + "/call").body())
                .contains("/patients/" + patient + "/medications/reconcile?from=call");
        assertThat(web.get("/patients/" + patient + "/medications/reconcile?from=call").body())
                .contains("name=\"from\" value=\"call\"");

        HttpResponse<String> signed = web.post("/patients/" + patient + "/medications/reconcile", Map.of(
                "version", "0", "from", "call", "answers[0].medicationId", metoprolol.toString(),
                "answers[0].answer", "TAKING_AS_PRESCRIBED", "program", "CCM"));

        assertThat(signed.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "/call");
        assertThat(web.get("/patients/" + patient + "/call").body()).contains("Medication list 1 signed with 1 medication.");
    }

    private UUID prescription(UUID patient, String display) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into medication (id, patient_id, source_type, display, dose, status, intent, authored_at)
                values (?, ?, 'MedicationRequest', ?, '1 tablet once a day', 'active', 'order', now())""")
                .params(id, patient, display).update();
        return id;
    }
}
