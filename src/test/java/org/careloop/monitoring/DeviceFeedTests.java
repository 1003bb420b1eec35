package org.careloop.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.billing.internal.PracticeMonth;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.schedule.AroundEachRun;
import org.careloop.schedule.RecurringJob;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care manager registers a blood pressure cuff to a patient and the vendor's feed posts its readings to
 * {@code POST /fhir} with a device-feed token: the patient comes from the device, alerts are judged, and each
 * reading is answered on its own — unknown devices, returned devices and a subject that is not the device's patient
 * refused with the reason, a reading sent twice kept once. Device days count device readings only, by day, in
 * 30-day periods from the device's start, and the month close bills device supply from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeviceFeedTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviceDays deviceDays;

    @Autowired
    org.careloop.caregap.CareGaps careGaps;

    @Autowired
    List<RecurringJob> jobs;

    @Autowired
    AroundEachRun aroundEachRun;

    @Autowired
    PracticeMonth practiceMonth;

    @Test
    void aDeviceIsRegisteredListedAndReturnedAndItsVendorIdIsFreeAgainOnlyOnceReturned() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Device practice");
        UUID patient = team.patient("Adeyemi", "Tola");
        UUID other = team.patient("Berg", "Nils");

        Api.Response cuff = register(team, patient, "BP_CUFF", "cuff-" + team.tag, "2026-11-01");
        assertThat(cuff.status()).as(cuff.toString()).isEqualTo(201);
        assertThat(cuff.json().get("kind").asString()).isEqualTo("BP_CUFF");
        assertThat(cuff.json().get("maker").asString()).isEqualTo("Omron");

        Api.Response taken = register(team, other, "BP_CUFF", "cuff-" + team.tag, "2026-11-01");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.text()).contains("vendorDeviceId").contains("return it before registering it again");
        Api.Response badKind = register(team, other, "TOASTER", "t-" + team.tag, null);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.text()).contains("kind").contains("PULSE_OXIMETER");

        String id = cuff.json().get("id").asString();
        Api.Response early = team.careManager.postJson(devices(patient) + "/" + id + "/return",
                Map.of("returnedOn", "2026-10-01"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.text()).contains("returnedOn");
        Api.Response back = team.careManager.postJson(devices(patient) + "/" + id + "/return",
                Map.of("returnedOn", "2026-11-20"));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.json().get("returnedOn").asString()).isEqualTo("2026-11-20");
        assertThat(team.careManager.postJson(devices(patient) + "/" + id + "/return", Map.of()).status())
                .as("returned twice").isEqualTo(409);

        assertThat(register(team, other, "BP_CUFF", "cuff-" + team.tag, "2026-11-21").status()).isEqualTo(201);
        JsonNode listed = team.careManager.get(devices(patient)).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("returnedOn").asString()).isEqualTo("2026-11-20");

        String summary = team.signIn(team.careManagerUsername()).htmx("/patients/" + other + "?tab=summary").body();
        assertThat(summary).contains("Monitoring devices").contains("Blood pressure cuff").contains("cuff-" + team.tag)
                .contains("since Nov 21, 2026");
    }

    @Test
    void anotherPracticesPatientIsNotFound() {
        CareTeam ours = CareTeam.hire(port, practices, staff, "Our device practice");
        CareTeam theirs = CareTeam.hire(port, practices, staff, "Their device practice");
        UUID theirPatient = theirs.patient("Hidden", "Hana");
        assertThat(register(ours, theirPatient, "SCALE", "s-" + ours.tag, null).status()).isEqualTo(404);
        assertThat(ours.careManager.get(devices(theirPatient)).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from device where patient_id = ?").param(theirPatient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theFeedStoresReadingsForTheDevicesPatientJudgesThemAndAnswersEachEntry() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Feed practice");
        UUID patient = team.patient("Okonkwo", "Ada");
        UUID stranger = team.patient("Stranger", "Sam");
        String cuff = "cuff-" + team.tag;
        String returned = "old-" + team.tag;
        assertThat(register(team, patient, "BP_CUFF", cuff, LocalDate.now(CareTeam.ZONE).minusDays(20).toString())
                .status()).isEqualTo(201);
        Api.Response old = register(team, patient, "SCALE", returned, "2026-01-02");
        team.careManager.postJson(devices(patient) + "/" + old.json().get("id").asString() + "/return",
                Map.of("returnedOn", "2026-02-01"));
        Api feed = deviceFeed(team);
        String now = java.time.OffsetDateTime.now().minusMinutes(30).withNano(0).toString();

        String bundle = bundle(
                deviceEntry("urn:uuid:cuff", cuff),
                bp("urn:uuid:r1", "{\"reference\":\"urn:uuid:cuff\"}", null, now, 184, 112),
                weight("urn:uuid:r2", "{\"identifier\":{\"value\":\"unknown-" + team.tag + "\"}}", null, now),
                weight("urn:uuid:r3", "{\"identifier\":{\"value\":\"" + returned + "\"}}", null, now),
                bp("urn:uuid:r4", "{\"identifier\":{\"value\":\"" + cuff + "\"}}", "Patient/" + stranger,
                        now.replace(":00Z", ":01Z").replace(":00+", ":01+"), 130, 80),
                bp("urn:uuid:r5", "{\"identifier\":{\"value\":\"" + cuff + "\"}}", "Patient/" + patient,
                        java.time.OffsetDateTime.now().minusHours(3).withNano(0).toString(), 128, 82));
        Api.Response answer = feed.post("/fhir", "application/fhir+json", bundle.getBytes());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode entries = answer.json().get("entry");
        assertThat(entries.get(0).get("response").get("status").asString()).isEqualTo("204 Not kept");
        assertThat(entries.get(1).get("response").get("status").asString()).isEqualTo("201 Created");
        assertThat(status(entries, 2)).isEqualTo("422 Unprocessable Entity");
        assertThat(problem(entries, 2)).contains("unknown device unknown-" + team.tag);
        assertThat(problem(entries, 3)).contains("device " + returned + " was returned on 2026-02-01");
        assertThat(problem(entries, 4)).contains("is not the patient device " + cuff + " is registered to");
        assertThat(status(entries, 5)).isEqualTo("201 Created");

        assertThat(jdbc.sql("select count(*) from observation where patient_id = ? and source = 'DEVICE' and device_id is not null")
                .param(patient).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from observation where patient_id = ?").param(stranger)
                .query(Long.class).single()).isZero();
        JsonNode tasks = team.nurse.get("/api/tasks?view=ALL&patient=" + patient).json();
        assertThat(tasks.size()).as("the 184/112 from the cuff raised its alert").isEqualTo(1);
        assertThat(tasks.get(0).get("reason").asString()).isEqualTo("ALERT_BP_SEVERE_HIGH");

        Api.Response again = feed.post("/fhir", "application/fhir+json", bundle.getBytes());
        assertThat(again.status()).isEqualTo(200);
        assertThat(status(again.json().get("entry"), 1)).isEqualTo("200 OK");
        assertThat(problem(again.json().get("entry"), 1)).contains("already stored");
        assertThat(jdbc.sql("select count(*) from observation where patient_id = ? and source = 'DEVICE'")
                .param(patient).query(Long.class).single()).as("nothing stored twice").isEqualTo(2);
    }

    @Test
    void aVendorMayPostOneReadingOnItsOwnWithoutABundle() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Single reading practice");
        UUID patient = team.patient("Single", "Sal");
        String cuff = "single-" + team.tag;
        assertThat(register(team, patient, "BP_CUFF", cuff, LocalDate.now(CareTeam.ZONE).minusDays(5).toString())
                .status()).isEqualTo(201);
        String entry = bp("urn:uuid:one", "{\"identifier\":{\"value\":\"" + cuff + "\"}}", null,
                java.time.OffsetDateTime.now().minusMinutes(10).withNano(0).toString(), 132, 84);
        String reading = entry.substring(entry.indexOf("\"resource\":") + "\"resource\":".length(), entry.length() - 1);

        Api.Response answer = deviceFeed(team).post("/fhir", "application/fhir+json", reading.getBytes());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(status(answer.json().get("entry"), 0)).isEqualTo("201 Created");
        assertThat(jdbc.sql("select count(*) from observation where patient_id = ? and source = 'DEVICE'")
                .param(patient).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCuffReadingIsSeenByTheBloodPressureGapAtTheNextLook() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Gap feed practice");
        UUID patient = team.patient("Cuffley", "Bea");
        String cuff = "gapcuff-" + team.tag;
        hypertensiveWithCuff(team, patient, cuff);

        String bundle = bundle(bp("urn:uuid:g1", "{\"identifier\":{\"value\":\"" + cuff + "\"}}", null,
                java.time.OffsetDateTime.now().minusMinutes(20).withNano(0).toString(), 126, 78));
        assertThat(deviceFeed(team).post("/fhir", "application/fhir+json", bundle.getBytes()).status()).isEqualTo(200);

        assertThat(bpGap(team, patient)).as("evaluated again on the next read").isEqualTo("SATISFIED");
    }

    @Test
    void aCuffReadingClosesTheWorklistsBloodPressureGapWithinAMinuteWithoutAnyoneLooking() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Catch-up feed practice");
        UUID patient = team.patient("Promptly", "Ines");
        String cuff = "catchup-" + team.tag;
        hypertensiveWithCuff(team, patient, cuff);
        assertThat(careGaps.overdueReasons(List.of(patient)).get(patient)).anyMatch(r -> r.startsWith("Blood pressure"));

        String bundle = bundle(bp("urn:uuid:c1", "{\"identifier\":{\"value\":\"" + cuff + "\"}}", null,
                java.time.OffsetDateTime.now().minusMinutes(15).withNano(0).toString(), 124, 76));
        assertThat(deviceFeed(team).post("/fhir", "application/fhir+json", bundle.getBytes()).status()).isEqualTo(200);
        RecurringJob catchUp = jobs.stream().filter(job -> job.name().equals("care-gap-device-catch-up")).findFirst()
                .orElseThrow();
        aroundEachRun.run(catchUp, catchUp.work());

        // the scheduler may have taken the patient a moment before this run did: its batch is then about to commit
        String status = null;
        for (int tries = 0; tries < 50 && !"SATISFIED".equals(status); tries++) {
            status = jdbc.sql("select status from care_gap where patient_id = ? and measure = 'BP_CONTROL' and evaluated_on = ?")
                    .params(patient, LocalDate.now(CareTeam.ZONE)).query(String.class).optional().orElse(null);
            sleep(200);
        }
        assertThat(status).as("evaluated again by the job, before any read").isEqualTo("SATISFIED");
        assertThat(careGaps.overdueReasons(List.of(patient)).getOrDefault(patient, List.of()))
                .noneMatch(r -> r.startsWith("Blood pressure"));
        assertThat(jdbc.sql("select count(*) from care_gap_pending where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_event where practice_id = ? and action = 'UPDATE' and resource_type = 'CareGap'
                   and detail like 'care gaps evaluated again for % after device readings'""")
                .param(team.practice).query(Long.class).single()).isEqualTo(1);
    }

    /** Hypertension on the problem list, a cuff since five days ago, and the blood-pressure gap open. */
    private void hypertensiveWithCuff(CareTeam team, UUID patient, String cuff) {
        TestRecords.hypertension(jdbc, patient);
        assertThat(register(team, patient, "BP_CUFF", cuff, LocalDate.now(CareTeam.ZONE).minusDays(5).toString())
                .status()).isEqualTo(201);
        assertThat(bpGap(team, patient)).isEqualTo("DUE");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String bpGap(CareTeam team, UUID patient) {
        for (JsonNode gap : team.careManager.get("/api/patients/" + patient + "/care-gaps").json().get("gaps")) {
            if (gap.get("measure").asString().equals("BP_CONTROL")) {
                return gap.get("status").asString();
            }
        }
        throw new AssertionError("no BP_CONTROL");
    }

    @Test
    void anObservationOnlyBundleIsForDeviceFeedsAlone() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Importer practice");
        Api.Response issued = team.careManager.postJson("/api/tokens", Map.of("name", "ehr", "scope", "FHIR_IMPORT"));
        Api ehr = Api.at(port).withToken(issued.json().get("token").asString());
        String bundle = bundle(weight("urn:uuid:w", "{\"identifier\":{\"value\":\"any\"}}", null,
                "2026-11-01T08:00:00Z"));
        Api.Response refused = ehr.post("/fhir", "application/fhir+json", bundle.getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("does not name a Patient of the bundle");

        String deviceless = bundle("{\"fullUrl\":\"urn:uuid:x\",\"resource\":{\"resourceType\":\"Observation\","
                + "\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"29463-7\"}]},"
                + "\"effectiveDateTime\":\"2026-11-01T08:00:00Z\",\"valueQuantity\":{\"value\":80,\"unit\":\"kg\"}}}");
        Api.Response answered = deviceFeed(team).post("/fhir", "application/fhir+json", deviceless.getBytes());
        assertThat(answered.status()).isEqualTo(200);
        assertThat(status(answered.json().get("entry"), 0)).isEqualTo("422 Unprocessable Entity");
        assertThat(problem(answered.json().get("entry"), 0)).contains("names no device");
    }

    @Test
    void deviceDaysCountDaysWithDeviceReadingsInThirtyDayPeriodsFromTheStartAndThePatientsOwnNeverCount() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Days practice");
        UUID patient = team.patient("Haddad", "Rami");
        String scale = "scale-" + team.tag;
        register(team, patient, "SCALE", scale, "2026-09-01");
        Api feed = deviceFeed(team);
        List<String> entries = new ArrayList<>();
        entries.add(weight("urn:uuid:a", ref(scale), null, "2026-09-01T08:00:00-04:00"));
        entries.add(weight("urn:uuid:b", ref(scale), null, "2026-09-01T20:00:00-04:00"));
        // the evening of day 30 in New York is already day 31 in UTC: it counts on day 30
        entries.add(weight("urn:uuid:c", ref(scale), null, "2026-09-30T23:30:00-04:00"));
        entries.add(weight("urn:uuid:d", ref(scale), null, "2026-10-01T00:30:00-04:00"));
        Api.Response answer = feed.post("/fhir", "application/fhir+json", bundle(entries.toArray(String[]::new)).getBytes());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Api.Response typed = team.careManager.postJson("/api/patients/" + patient + "/readings", Map.of("kind",
                "WEIGHT", "value", "180", "unit", "lb", "takenAt", "2026-09-15T09:00:00-04:00", "source",
                "PATIENT_REPORTED"));
        assertThat(typed.status()).as(typed.toString()).isEqualTo(201);

        DeviceDays.Period first = deviceDays.current(team.practice, List.of(patient), LocalDate.parse("2026-09-30"))
                .get(patient);
        assertThat(first).isEqualTo(new DeviceDays.Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"), 2));
        DeviceDays.Period second = deviceDays.current(team.practice, List.of(patient), LocalDate.parse("2026-10-01"))
                .get(patient);
        assertThat(second).isEqualTo(new DeviceDays.Period(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-30"), 1));
        assertThat(deviceDays.endingIn(team.practice, YearMonth.of(2026, 9)).get(patient).days()).isEqualTo(2);
        assertThat(deviceDays.endingIn(team.practice, YearMonth.of(2026, 10)).get(patient).days()).isEqualTo(1);
    }

    @Test
    void theMonthCloseBillsDeviceSupplyFromStoredDeviceDaysAndNeedsACallForTreatmentManagement() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Close practice");
        UUID patient = team.patient("Mensah", "Kofi");
        enrollInRpm(team, patient, LocalDate.parse("2026-09-20"));
        String cuff = "cuff-" + team.tag;
        register(team, patient, "BP_CUFF", cuff, "2026-10-02");
        List<String> entries = new ArrayList<>();
        for (int day = 2; day <= 18; day++) {
            entries.add(bp("urn:uuid:m" + day, ref(cuff), null, String.format("2026-10-%02dT08:00:00-04:00", day), 128, 80));
        }
        entries.add(bp("urn:uuid:e", ref(cuff), null, "2026-10-18T19:00:00-04:00", 126, 78));
        assertThat(deviceFeed(team).post("/fhir", "application/fhir+json",
                bundle(entries.toArray(String[]::new)).getBytes()).status()).isEqualTo(200);
        jdbc.sql("""
                insert into time_entry (id, patient_id, practice_id, staff_id, staff_name, performer, program, activity,
                                        started_at, ended_at, service_date, minutes, recorded_by, recorded_at)
                values (?, ?, ?, ?, 'Care Manager', 'CLINICAL_STAFF', 'RPM', 'Reviewed readings',
                        '2026-10-20T10:00:00-04:00', '2026-10-20T10:25:00-04:00', '2026-10-20', 25, ?, now())""")
                .params(UUID.randomUUID(), patient, team.practice, team.careManagerId, team.careManagerId).update();

        PracticeMonth.Evaluated october = practiceMonth.evaluate(team.practice, YearMonth.of(2026, 10));
        assertThat(october.lines()).as(october.refusals().toString()).filteredOn(line -> line.patientId().equals(patient))
                .extracting(line -> line.code()).contains("99454").doesNotContain("99457");
        assertThat(october.lines()).filteredOn(line -> line.code().equals("99454"))
                .allSatisfy(line -> assertThat(line.explanation()).startsWith("17 days of device readings"));
        assertThat(october.refusals()).filteredOn(refusal -> refusal.patientId().equals(patient))
                .anySatisfy(refusal -> assertThat(refusal.reason()).contains("real-time interactive communication"));
    }

    private void enrollInRpm(CareTeam team, UUID patient, LocalDate consentOn) {
        JsonNode referred = team.careManager.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "RPM", "billingPractitionerId", team.providerId.toString())).json();
        String enrollment = referred.get("id").asString();
        Api.Response attested = team.provider.postJson("/api/enrollments/" + enrollment + "/attestation",
                Map.of("version", referred.get("version").asInt()));
        assertThat(attested.status()).as(attested.toString()).isEqualTo(200);
        Api.Response consent = team.careManager.postJson("/api/enrollments/" + enrollment + "/consent", Map.of(
                "method", "WRITTEN", "obtainedOn", consentOn.toString(), "disclosures", Map.of("costSharing", true,
                        "onePractitionerPerMonth", true, "rightToStop", true, "electronicSharing", true)));
        assertThat(consent.json().get("status").asString()).as(consent.toString()).isEqualTo("ACTIVE");
        jdbc.sql("update enrollment set start_on = ? where id = ?").params(consentOn, UUID.fromString(enrollment)).update();
        jdbc.sql("""
                insert into condition (id, patient_id, code_system, code, snomed_code, display, clinical_status)
                values (?, ?, 'http://snomed.info/sct', '59621000', '59621000', 'Essential hypertension (disorder)', 'active')""")
                .params(UUID.randomUUID(), patient).update();
    }

    static Api.Response register(CareTeam team, UUID patient, String kind, String vendorId, String startedOn) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "maker", "Omron", "model", "BP7350",
                "serialNumber", "SN-" + vendorId, "vendorDeviceId", vendorId));
        if (startedOn != null) {
            body.put("startedOn", startedOn);
        }
        return team.careManager.postJson(devices(patient), body);
    }

    Api deviceFeed(CareTeam team) {
        Api.Response issued = team.careManager.postJson("/api/tokens", Map.of("name", "vendor", "scope", "DEVICE_FEED"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return Api.at(port).withToken(issued.json().get("token").asString());
    }

    private static String devices(UUID patient) {
        return "/api/patients/" + patient + "/devices";
    }

    private static String status(JsonNode entries, int index) {
        return entries.get(index).get("response").get("status").asString();
    }

    private static String problem(JsonNode entries, int index) {
        return entries.get(index).get("response").get("outcome").get("issue").get(0).get("diagnostics").asString();
    }

    static String ref(String vendorId) {
        return "{\"identifier\":{\"value\":\"" + vendorId + "\"}}";
    }

    static String bundle(String... entries) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[" + String.join(",", entries) + "]}";
    }

    static String deviceEntry(String fullUrl, String vendorId) {
        return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":{\"resourceType\":\"Device\",\"identifier\":[{\"value\":\""
                + vendorId + "\"}]}}";
    }

    static String weight(String fullUrl, String device, String subject, String at) {
        return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"29463-7\"}]},\"device\":" + device
                + (subject == null ? "" : ",\"subject\":{\"reference\":\"" + subject + "\"}")
                + ",\"effectiveDateTime\":\"" + at + "\",\"valueQuantity\":{\"value\":80,\"unit\":\"kg\","
                + "\"system\":\"http://unitsofmeasure.org\",\"code\":\"kg\"}}}";
    }

    static String bp(String fullUrl, String device, String subject, String at, int systolic, int diastolic) {
        return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]},\"device\":" + device
                + (subject == null ? "" : ",\"subject\":{\"reference\":\"" + subject + "\"}")
                + ",\"effectiveDateTime\":\"" + at + "\",\"component\":["
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},"
                + "\"valueQuantity\":{\"value\":" + systolic + ",\"unit\":\"mm[Hg]\"}},"
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},"
                + "\"valueQuantity\":{\"value\":" + diastolic + ",\"unit\":\"mm[Hg]\"}}]}}";
    }
}
