package org.careloop.adt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.transition.HospitalEncounterReported;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hospital sends ADT messages to CareLoop's MLLP port over a real socket: each followed event is answered AA,
 * matched to the patient by the hospital's MRN (else by exact name and birth date) and reported once; a re-sent
 * control id gets its first answer and changes nothing; a message no single patient matches waits for a person, who
 * matches it; an unknown sender, an unsupported event and a discharge without its time are answered with a NAK that
 * says why; garbage on the socket does not end the feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careloop.adt.mllp.enabled=true", "careloop.adt.mllp.port=0"})
@Import(ReportedEncounters.class)
class HospitalFeedTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedListener listener;

    @Autowired
    ReportedEncounters reported;

    CareTeam team;
    Hospital mercy;

    @BeforeEach
    void aPracticeWithAHospitalFeed() {
        team = CareTeam.hire(port, practices, staff, "Feed practice");
        mercy = Hospital.registeredTo(team);
    }

    @Test
    void eachFollowedEventIsAcceptedMatchedByTheHospitalsMrnAndReportedOnce() {
        UUID grace = Hospital.patientKnownAs(team, "Okafor", "Grace", "1948-02-03", "4455201");
        String pid = Hospital.pid("4455201", "OKAFOR", "GRACE", "1948-02-03");
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().orElseThrow())) {
            for (String event : List.of("A01", "A08", "A03", "A13", "A11", "A04")) {
                String controlId = mercy.nextControlId();
                MllpClient.Acknowledgement ack = client.send(mercy.message(event, controlId, pid,
                        mercy.stay(event.equals("A04") ? "E" : "I", 36, event.equals("A03") ? "06" : "",
                                45, event.equals("A03") ? "202611301310" : ""),
                        "ZPV|MERCY|internal", "DG1|1||I50.23^Acute on chronic systolic heart failure^I10",
                        "DG1|2||N17.9^Acute kidney failure, unspecified^I10"));
                assertThat(ack.code()).as(event + ": " + ack.text()).isEqualTo("AA");
                assertThat(ack.controlId()).isEqualTo(controlId);
                assertThat(ack.text()).isEqualTo("Accepted; matched to the patient by MRN");
            }
        }

        List<HospitalEncounterReported> encounters = reported.of(team.practice);
        assertThat(encounters).extracting(HospitalEncounterReported::notice).containsExactly(Notice.ADMITTED,
                Notice.UPDATED, Notice.DISCHARGED, Notice.DISCHARGE_CANCELLED, Notice.ADMISSION_CANCELLED,
                Notice.EMERGENCY_REGISTRATION);
        assertThat(encounters).allSatisfy(e -> {
            assertThat(e.patientId()).isEqualTo(grace);
            assertThat(e.facility()).isEqualTo("Mercy General Hospital");
            assertThat(e.visitNumber()).isEqualTo("V-2026-88");
            assertThat(e.diagnoses()).extracting(HospitalEncounterReported.Diagnosis::code)
                    .containsExactly("I50.23", "N17.9");
        });
        HospitalEncounterReported discharge = encounters.get(2);
        assertThat(discharge.admittedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 14, 20));
        assertThat(discharge.dischargedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 13, 10));
        assertThat(discharge.dischargeDisposition().display())
                .isEqualTo("Discharged home under the care of a home health service organization");
        assertThat(discharge.source()).isEqualTo("ADT^A03 control id " + mercy.facility + "-3 from EPIC|" + mercy.facility);
        assertThat(encounters.get(5).encounterClass()).isEqualTo(HospitalEncounterReported.EncounterClass.EMERGENCY);

        JsonNode messages = team.admin().get("/api/adt/messages").json();
        assertThat(messages.size()).isEqualTo(6);
        assertThat(messages.get(0).get("status").asString()).isEqualTo("MATCHED");
        assertThat(messages.get(0).get("matchedBy").asString()).isEqualTo("MRN");
        assertThat(messages.get(0).get("patientId").asString()).isEqualTo(grace.toString());
        assertThat(jdbc.sql("""
                select count(*) from audit_event where patient_id = ? and channel = 'HL7' and action = 'CREATE'
                   and resource_type = 'AdtMessage' and username = ?""")
                .params(grace, "hl7 feed EPIC|" + mercy.facility).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aResentControlIdGetsItsFirstAnswerAndChangesNothing() {
        Hospital.patientKnownAs(team, "Achebe", "Ngozi", "1952-07-19", "7710");
        String discharge = mercy.message("A03", "RESEND-1", Hospital.pid("7710", "Achebe", "Ngozi", "1952-07-19"),
                mercy.stay("I", 45, "202611301310"));
        String withoutItsTime = mercy.message("A03", "RESEND-2", Hospital.pid("7710", "Achebe", "Ngozi",
                "1952-07-19"), mercy.stay("I"));
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().orElseThrow())) {
            assertThat(client.send(discharge).code()).isEqualTo("AA");
            MllpClient.Acknowledgement again = client.send(discharge);
            assertThat(again.code()).isEqualTo("AA");
            assertThat(again.text()).startsWith("Accepted; matched to the patient by MRN (control id already received")
                    .endsWith("nothing changed)");
            assertThat(client.send(withoutItsTime).code()).isEqualTo("AE");
            assertThat(client.send(withoutItsTime).code()).as("an error stays an error").isEqualTo("AE");
        }

        assertThat(reported.of(team.practice)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from adt_message where feed_source_id = ?").param(mercy.sourceId)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aMessageNoPatientMatchesWaitsForAPersonWhoMatchesItAndItIsThenReported() {
        UUID ngozi = team.patient(Map.of("familyName", "Achebe", "givenNames", "Ngozi", "birthDate", "1952-07-19"));
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().orElseThrow())) {
            MllpClient.Acknowledgement ack = client.send(mercy.message("A01", "NEW-1",
                    Hospital.pid("990001", "Achebe-Obi", "Ngozi", "1952-07-19"), mercy.stay("I")));
            assertThat(ack.code()).isEqualTo("AA");
            assertThat(ack.text()).isEqualTo("Accepted; no single patient of the practice matched: a person will"
                    + " choose the patient");
        }
        assertThat(reported.of(team.practice)).isEmpty();

        JsonNode item = team.careManager.get("/api/adt/unmatched").json().get(0);
        assertThat(item.get("reason").asString()).isEqualTo("no patient has MRN 990001 of MERCY, and no patient of"
                + " the practice has the name and birth date Achebe-Obi, Ngozi born 1952-07-19");
        assertThat(item.get("sentFamilyName").asString()).isEqualTo("Achebe-Obi");
        assertThat(item.get("raw").asString()).startsWith("MSH|^~\\&|EPIC|" + mercy.facility);

        Api.Response matched = team.careManager.postJson("/api/adt/unmatched/" + item.get("id").asString() + "/match",
                Map.of("patientId", ngozi.toString(), "version", item.get("version").asInt()));
        assertThat(matched.status()).as(matched.toString()).isEqualTo(200);
        assertThat(matched.json().get("status").asString()).isEqualTo("MATCHED");
        assertThat(matched.json().get("matchedBy").asString()).isEqualTo(team.careManagerId.toString());
        assertThat(reported.of(team.practice)).singleElement().satisfies(e -> {
            assertThat(e.patientId()).isEqualTo(ngozi);
            assertThat(e.notice()).isEqualTo(Notice.ADMITTED);
            assertThat(e.source()).startsWith("ADT^A01 control id NEW-1");
        });
        assertThat(team.careManager.get("/api/adt/unmatched").json().size()).isZero();
        assertThat(team.careManager.get("/api/adt/messages").json().get(0).get("matchedBy").asString())
                .isEqualTo("PERSON");

        Api.Response twice = team.careManager.postJson("/api/adt/unmatched/" + item.get("id").asString() + "/match",
                Map.of("patientId", ngozi.toString(), "version", item.get("version").asInt() + 1));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.text()).contains("already matched to patient " + ngozi);
        assertThat(reported.of(team.practice)).hasSize(1);
    }

    @Test
    void withoutAKnownMrnTheOnePatientWithTheNameAndBirthDateIsMatched() {
        UUID wei = team.patient(Map.of("familyName", "Chen", "givenNames", "Wei Ming", "birthDate", "1944-11-02"));
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().orElseThrow())) {
            MllpClient.Acknowledgement ack = client.send(mercy.message("A04", "ED-1",
                    Hospital.pid(null, "CHEN", "WEI", "1944-11-02"), mercy.stay("E")));
            assertThat(ack.text()).isEqualTo("Accepted; matched to the patient by name and birth date");
        }
        assertThat(reported.of(team.practice)).singleElement().extracting(HospitalEncounterReported::patientId)
                .isEqualTo(wei);
    }

    @Test
    void twoPatientsWithTheSameNameAndBirthDateAreNeverGuessedBetween() {
        team.patient(Map.of("familyName", "Smith", "givenNames", "Mary", "birthDate", "1950-01-01"));
        team.patient(Map.of("familyName", "Smith", "givenNames", "Mary Ann", "birthDate", "1950-01-01"));
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().orElseThrow())) {
            assertThat(client.send(mercy.message("A01", "TWINS-1", Hospital.pid(null, "Smith", "Mary", "1950-01-01"),
                    mercy.stay("I"))).code()).isEqualTo("AA");
        }
        assertThat(reported.of(team.practice)).isEmpty();
        assertThat(team.careManager.get("/api/adt/unmatched").json().get(0).get("reason").asString())
                .isEqualTo("PID-3 gives no MRN of MERCY, and 2 patients of the practice share the name and birth date"
                        + " Smith, Mary born 1950-01-01");
    }

    @Test
    void aDischargeWithoutItsTimeIsAnsweredWithAnErrorNamingTheField() {
        try (MllpWire wire = MllpWire.open(listener.port().orElseThrow())) {
            String ack = wire.exchange(mercy.message("A03", "NO-TIME-1", Hospital.pid("1", "Doe", "Jane",
                    "1950-01-01"), mercy.stay("I")));
            assertThat(ack).contains("\nMSA|AE|NO-TIME-1|PV1-45 discharge date/time missing: an A03 announces a"
                    + " discharge, and the discharge day starts the follow-up window")
                    .contains("\nERR||PV1^^45|101^Required field missing^HL70357");
        }
        assertThat(jdbc.sql("select status from adt_message where control_id = 'NO-TIME-1'").query(String.class)
                .single()).isEqualTo("ERROR");
    }

    @Test
    void anUnknownSenderAndAnUnfollowedEventAreRejectedSayingWhy() {
        try (MllpWire wire = MllpWire.open(listener.port().orElseThrow())) {
            String stranger = wire.exchange(mercy.message("A01", "WHO-1", Hospital.pid("1", "Doe", "Jane",
                    "1950-01-01"), mercy.stay("I")).replace("|" + mercy.facility + "|", "|NOBODY|"));
            assertThat(stranger).contains("\nMSA|AR|WHO-1|Unknown sender: sending application (MSH-3) EPIC with"
                    + " sending facility (MSH-4) NOBODY is not registered")
                    .contains("204^Unknown key identifier");
            String transfer = wire.exchange(mercy.message("A02", "MOVE-1", Hospital.pid("1", "Doe", "Jane",
                    "1950-01-01"), mercy.stay("I")));
            assertThat(transfer).contains("\nMSA|AR|MOVE-1|MSH-9 event A02 is not one CareLoop follows");
        }
        assertThat(jdbc.sql("select count(*) from adt_message where control_id = 'WHO-1'").query(Long.class).single())
                .as("nothing of an unknown sender is kept").isZero();
        assertThat(jdbc.sql("select status from adt_message where control_id = 'MOVE-1'").query(String.class).single())
                .isEqualTo("REJECTED");
    }

    @Test
    void garbageOnTheSocketDoesNotEndTheFeed() {
        UUID grace = Hospital.patientKnownAs(team, "Okafor", "Grace", "1948-02-03", "4455202");
        String valid = mercy.message("A08", "AFTER-GARBAGE-1", Hospital.pid("4455202", "Okafor", "Grace",
                "1948-02-03"), mercy.stay("I"));
        try (MllpWire wire = MllpWire.open(listener.port().orElseThrow())) {
            wire.raw("GET / HTTP/1.1\r\nHost: careloop\r\n\r\n".getBytes());
            wire.raw(new byte[] {0x00, (byte) 0xFF, 0x1C, 0x0D, 0x7F});
            assertThat(wire.exchange("hello, is this HL7?")).contains("\nMSA|AR|").contains("Not an HL7 v2 message");
            assertThat(wire.exchange("MSH|XX|broken")).contains("MSA|A");
            assertThat(wire.exchange(valid)).contains("\nMSA|AA|AFTER-GARBAGE-1|");
        }
        try (MllpWire fresh = MllpWire.open(listener.port().orElseThrow())) {
            assertThat(fresh.exchange(valid.replace("AFTER-GARBAGE-1", "AFTER-GARBAGE-2")))
                    .contains("\nMSA|AA|AFTER-GARBAGE-2|");
        }
        assertThat(reported.of(team.practice)).extracting(HospitalEncounterReported::patientId)
                .containsExactly(grace, grace);
    }
}
