package org.careloop.chart;

import org.careloop.support.WebSession;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The patient chart page over HTTP, signed in through the web form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartPageTests {

    static final String PASSWORD = "careloop-demo";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theHeaderShowsProgramsConsentMinutesTowardTheThresholdFlagsAndTheCallLink() {
        ChartPatients.OwnPatient patient = ChartPatients.enrolledWithAMonthUnderWay(port, practices, staff);
        HttpResponse<String> chart = WebSession.signIn(port, patient.username(), patient.password())
                .get("/patients/" + patient.id());

        assertThat(chart.statusCode()).isEqualTo(200);
        String page = chart.body();
        assertThat(element(page, "minutes-this-month")).contains("14 min");
        assertThat(page).contains("6 min to 99490 (CCM)").contains("<progress value=\"14\" max=\"20\"");
        assertThat(element(page, "patient-programs")).contains("CCM: active").contains("consent written on");
        assertThat(element(page, "patient-flags")).contains("Suicide risk");
        assertThat(page).containsPattern("action=\"/patients/" + patient.id() + "/call\"[^>]*>\\s*<input[^>]*_csrf[^>]*>\\s*<button[^>]*id=\"start-call\"");
        assertThat(element(page, "care-manager")).contains(patient.careManagerName());
        assertThat(page).contains("Astrid " + patient.familyName()).contains("role=\"tablist\"");
    }

    @Test
    void theCarePlanGoalIsTheTargetAndTabsComeAsFragmentsForHtmx() {
        ChartPatients.OwnPatient patient = ChartPatients.enrolledWithAMonthUnderWay(port, practices, staff);
        WebSession session = WebSession.signIn(port, patient.username(), patient.password());

        assertThat(session.get("/patients/" + patient.id() + "?tab=summary").body())
                .contains("Care plan goal: 130/80 mmHg").contains("Standard target: 7 %");
        HttpResponse<String> plan = session.htmx("/patients/" + patient.id() + "?tab=care-plan");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).doesNotContain("<html").doesNotContain("id=\"chart-header\"")
                .contains("aria-selected=\"true\"").contains("BP &lt; 130/80").contains("Keep my blood pressure down")
                .containsPattern("href=\"/care-plans/[0-9a-f-]{36}\"");
        assertThat(session.htmx("/patients/" + patient.id() + "?tab=assessments").body())
                .contains("PHQ-9").contains("Suicide risk");
        assertThat(session.htmx("/patients/" + patient.id() + "?tab=time").body())
                .contains("CCM: 14 min").contains("Patient communication");
        assertThat(session.htmx("/patients/" + patient.id() + "?tab=care-team").body())
                .contains("Erik Lindqvist").contains("son").contains("May receive health information").contains("Dr Chart");
        String documents = session.htmx("/patients/" + patient.id() + "?tab=documents").body();
        Matcher pdf = Pattern.compile("href=\"(/patients/[^\"]+/patient-copy\\.pdf)\"").matcher(documents);
        assertThat(pdf.find()).as(documents).isTrue();
        HttpResponse<byte[]> copy = session.bytes(pdf.group(1));
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(new String(copy.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aPatientOfAnotherPracticeIsNotFoundAndNothingAboutThemLeaks() {
        ChartPatients.DemoPatient riverside = ChartPatients.riversideWithVitals(jdbc);
        HttpResponse<String> chart = WebSession.signIn(port, "cm.okafor", PASSWORD).get("/patients/" + riverside.id());

        assertThat(chart.statusCode()).isEqualTo(404);
        assertThat(chart.body()).contains("Nothing to show here").doesNotContain(riverside.familyName())
                .doesNotContain("minutes-this-month");
        assertThat(auditEvents(riverside.id(), "cm.okafor", "NOT_FOUND")).isPositive();
    }

    @Test
    void anUnknownPatientOrPageGetsTheSameFriendlyNotFoundPage() throws Exception {
        WebSession session = WebSession.signIn(port, "cm.rivera", PASSWORD);
        HttpResponse<String> unknownPatient = session.get("/patients/" + UUID.randomUUID());
        assertThat(unknownPatient.statusCode()).isEqualTo(404);
        assertThat(unknownPatient.body()).contains("Nothing to show here").contains("Maria Rivera");
        HttpResponse<String> unknownPage = session.get("/no-such-page");
        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(unknownPage.body()).contains("Nothing to show here");

        HttpResponse<String> signedOut = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + "/css/no-such.css"))
                .header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(404);
        assertThat(signedOut.body()).contains("Nothing to show here");
    }

    @Test
    void everyChartViewIsAuditedWithWhatItRead() {
        ChartPatients.DemoPatient riverside = ChartPatients.riversideWithVitals(jdbc);
        long before = auditEvents(riverside.id(), "cm.rivera", "SUCCESS");
        assertThat(WebSession.signIn(port, "cm.rivera", PASSWORD).get("/patients/" + riverside.id()).statusCode())
                .isEqualTo(200);

        List<String> read = jdbc.sql("""
                select distinct resource_type from audit_event
                 where patient_id = ? and username = 'cm.rivera' and channel = 'UI' and action = 'READ'""")
                .param(riverside.id()).query(String.class).list();
        assertThat(read).contains("Patient", "Observation", "Condition", "MedicationRequest", "AllergyIntolerance",
                "EpisodeOfCare", "TimeEntry", "QuestionnaireResponse", "CarePlan");
        assertThat(auditEvents(riverside.id(), "cm.rivera", "SUCCESS")).isGreaterThan(before);
    }

    @Test
    void onlyAnAdministratorSeesTheAuditTab() {
        ChartPatients.DemoPatient riverside = ChartPatients.riversideWithVitals(jdbc);
        WebSession careManager = WebSession.signIn(port, "cm.rivera", PASSWORD);
        assertThat(careManager.get("/patients/" + riverside.id()).body()).doesNotContain("tab-audit");
        HttpResponse<String> refused = careManager.get("/patients/" + riverside.id() + "?tab=audit");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(riverside.familyName());

        WebSession admin = WebSession.signIn(port, "admin", PASSWORD);
        assertThat(admin.get("/patients/" + riverside.id()).body()).contains("id=\"tab-audit\"");
        HttpResponse<String> trail = admin.htmx("/patients/" + riverside.id() + "?tab=audit");
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(trail.body()).contains("id=\"audit-events\"").contains("cm.rivera").contains("Observation");
    }

    @Test
    void aChartWithYearsOfSyntheaVitalsRendersWellUnderASecond() {
        ChartPatients.DemoPatient riverside = ChartPatients.riversideWithVitals(jdbc);
        WebSession session = WebSession.signIn(port, "cm.rivera", PASSWORD);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            assertThat(session.get("/patients/" + riverside.id()).statusCode()).isEqualTo(200);
        }
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long started = System.nanoTime();
            HttpResponse<String> chart = session.get("/patients/" + riverside.id());
            millis.add((System.nanoTime() - started) / 1_000_000);
            assertThat(chart.body()).contains("data-trend=");
        }
        Collections.sort(millis);
        long median = millis.get(millis.size() / 2);
        System.out.println("Chart render time of /patients/" + riverside.id() + " (median of 7, ms): " + median
                + " " + millis);
        assertThat(median).as("median render time in ms, target 300").isLessThan(1000);
    }

    private long auditEvents(UUID patient, String username, String outcome) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ? and username = ? and outcome = ?")
                .params(patient, username, outcome).query(Long.class).single();
    }

    /** The opening tag and text of the element with this id, up to its first closing tag. */
    private static String element(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("element #" + id).isNotNegative();
        int end = page.indexOf("</p>", at);
        return page.substring(at, end < 0 ? page.length() : end);
    }
}
