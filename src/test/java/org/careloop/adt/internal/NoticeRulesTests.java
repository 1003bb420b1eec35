package org.careloop.adt.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.parser.PipeParser;
import org.careloop.adt.FeedSource;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-shaped ADT messages, as hospitals send them (several identifiers in PID-3, Z-segments, several DG1, older
 * versions), read through HAPI's lenient parser and judged: what CareLoop reports, and what it refuses naming the
 * field and the HL7 error code.
 */
class NoticeRulesTests {

    static final FeedSource MERCY = new FeedSource(UUID.randomUUID(), UUID.randomUUID(), "Mercy General Hospital",
            "EPIC", "MERCY", "MERCY", "urn:oid:2.16.840.1.113883.3.999", Instant.now(), 0);
    private static final PipeParser PARSER = Hl7.lenientContext().getPipeParser();

    static final String DISCHARGE = """
            MSH|^~\\&|EPIC|MERCY|CARELOOP|RIVERSIDE|202611301405||ADT^A03^ADT_A03|MSG-20261130-0042|P|2.5.1|||AL|NE
            EVN|A03|202611301405|||JSMITH^Smith^Jane^^^^^^MERCY
            PID|1||E7731^^^EPIC^PI~4455201^^^MERCY^MR~999-12-3456^^^SSA^SS||Okafor^Grace^A^^^^L~Nwosu^Grace^^^^^M||19480203|F|||12 Elm St^^Springfield^IL^62701||(217)555-0144
            PD1|||Riverside Family Medicine
            PV1|1|I|4W^412^B^MERCY^^^^^4 West||||1234567893^Chen^Wei|||MED||||7|||1234567893^Chen^Wei|IN|V20261126-88|MC||||||||||||||||03||||||||202611261420|202611301310
            ZPV|MERCY|follow-up in 7 days|PCP notified
            DG1|1||I50.23^Acute on chronic systolic heart failure^I10||202611261420|A
            DG1|2||N17.9^Acute kidney failure, unspecified^I10||202611261420|F
            DG1|3||44054006^Diabetes mellitus type 2^SCT||202611261420|F
            """;

    @Test
    void aDischargeIsReportedWithItsTimesDispositionAndEveryDiagnosis() throws HL7Exception {
        NoticeRules.Accepted accepted = accepted(DISCHARGE);

        assertThat(accepted.notice()).isEqualTo(Notice.DISCHARGED);
        assertThat(accepted.encounterClass()).isEqualTo(EncounterClass.INPATIENT);
        assertThat(accepted.facility()).isEqualTo("Mercy General Hospital");
        assertThat(accepted.admittedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 14, 20));
        assertThat(accepted.dischargedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 13, 10));
        assertThat(accepted.disposition().code()).isEqualTo("03");
        assertThat(accepted.disposition().display()).isEqualTo("Transferred to a skilled nursing facility");
        assertThat(accepted.diagnoses()).containsExactly(
                new Diagnosis("ICD-10-CM", "I50.23", "Acute on chronic systolic heart failure"),
                new Diagnosis("ICD-10-CM", "N17.9", "Acute kidney failure, unspecified"),
                new Diagnosis("SNOMED CT", "44054006", "Diabetes mellitus type 2"));
    }

    @Test
    void theMrnIsTheRepetitionOfTheSendersAssigningAuthorityNotTheFirstIdentifier() throws HL7Exception {
        NoticeRules.PatientIdentity patient = accepted(DISCHARGE).patient();

        assertThat(patient.mrn()).isEqualTo("4455201");
        assertThat(patient.familyName()).isEqualTo("Okafor");
        assertThat(patient.givenName()).isEqualTo("Grace");
        assertThat(patient.birthDate()).isEqualTo(LocalDate.of(1948, 2, 3));
    }

    @Test
    void aSourceWithoutAnAssigningAuthorityTakesTheIdentifierTypedMr() throws HL7Exception {
        FeedSource anyAuthority = new FeedSource(MERCY.id(), MERCY.practiceId(), MERCY.name(), "EPIC", "MERCY", null,
                null, MERCY.registeredAt(), 0);
        ReceivedAdt message = AdtReading.read(PARSER.parse(hl7(DISCHARGE)));

        assertThat(((NoticeRules.Accepted) NoticeRules.judge(message, anyAuthority)).patient().mrn()).isEqualTo("4455201");
    }

    @ParameterizedTest(name = "{0} with patient class {1} is {2} / {3}")
    @CsvSource({
            "A01, I, ADMITTED, INPATIENT",
            "A04, E, EMERGENCY_REGISTRATION, EMERGENCY",
            "A08, O, UPDATED, OBSERVATION",
            "A11, I, ADMISSION_CANCELLED, INPATIENT",
            "A13, I, DISCHARGE_CANCELLED, INPATIENT"})
    void eachFollowedEventIsItsNotice(String event, String patientClass, Notice notice, EncounterClass encounterClass)
            throws HL7Exception {
        NoticeRules.Accepted accepted = accepted("""
                MSH|^~\\&|EPIC|MERCY|CARELOOP|RIVERSIDE|202611300900||ADT^%s|C-%s|P|2.5.1
                EVN|%s|202611300900
                PID|1||4455201^^^MERCY^MR||Okafor^Grace||19480203|F
                PV1|1|%s|ED^12^^MERCY||||||||||||||||V-88|||||||||||||||||||||||||202611300845
                """.formatted(event, event, event, patientClass));

        assertThat(accepted.notice()).isEqualTo(notice);
        assertThat(accepted.encounterClass()).isEqualTo(encounterClass);
        assertThat(accepted.visitNumber()).isEqualTo("V-88");
        assertThat(accepted.admittedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 8, 45));
    }

    @Test
    void anOlderVersionWithAnotherFacilitysLocationIsReadAsWell() throws HL7Exception {
        NoticeRules.Accepted accepted = accepted("""
                MSH|^~\\&|EPIC|MERCY|||20261130||ADT^A08|77|P|2.3
                EVN|A08|20261130
                PID|||4455201^^^MERCY^MR||OKAFOR^GRACE||19480203
                PV1||I|3N^301^^STJOSEPH
                """);

        assertThat(accepted.notice()).isEqualTo(Notice.UPDATED);
        assertThat(accepted.facility()).isEqualTo("STJOSEPH");
        assertThat(accepted.admittedAt()).as("an update may leave PV1-44 empty").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a transfer is not followed; ADT^A02; P; I; 202611261420; ; AR; 201; MSH-9",
            "a result is not an ADT; ORU^R01; P; I; 202611261420; ; AR; 200; MSH-9",
            "a training message is not production; ADT^A03; T; I; 202611261420; 202611301310; AR; 202; MSH-11",
            "a discharge without its time; ADT^A03; P; I; 202611261420; ; AE; 101; PV1-45",
            "a discharge before the admission; ADT^A03; P; I; 202611261420; 202611251310; AE; 102; PV1-45",
            "an admit time that is no date; ADT^A01; P; I; 2026-11-26; ; AE; 102; PV1-44",
            "a preadmission is not a stay; ADT^A01; P; P; 202611261420; ; AE; 103; PV1-2",
            "a stay without a patient class; ADT^A01; P; ; 202611261420; ; AE; 101; PV1-2"})
    void refusesNamingTheFieldAndTheHl7ErrorCode(String why, String type, String processing, String patientClass,
                                                 String admitted, String discharged, String ack, int code,
                                                 String location) throws HL7Exception {
        String message = """
                MSH|^~\\&|EPIC|MERCY|CARELOOP|RIVERSIDE|202611301405||%s|X-1|%s|2.5.1
                PID|1||4455201^^^MERCY^MR||Okafor^Grace||19480203|F
                PV1|1|%s|4W^412^B^MERCY||||||||||||||||V-1|||||||||||||||||||||||||%s|%s
                """.formatted(type, processing, patientClass == null ? "" : patientClass, admitted,
                discharged == null ? "" : discharged);

        AdtAnswer answer = refusal(message);

        assertThat(answer.code().name()).isEqualTo(ack);
        assertThat(answer.errorCode()).isEqualTo(code);
        assertThat(answer.location()).isEqualTo(location);
        assertThat(answer.text()).startsWith(location.substring(0, 3));
    }

    @Test
    void aDischargeWithoutItsTimeSaysWhyItMatters() throws HL7Exception {
        AdtAnswer answer = refusal(DISCHARGE.replace("|202611261420|202611301310", "|202611261420|"));

        assertThat(answer.text()).isEqualTo("PV1-45 discharge date/time missing: an A03 announces a discharge, and the"
                + " discharge day starts the follow-up window");
    }

    @Test
    void anUnreadableBirthDateIsAnError() throws HL7Exception {
        AdtAnswer answer = refusal(DISCHARGE.replace("|19480203|", "|02/03/1948|"));

        assertThat(answer.location()).isEqualTo("PID-7");
        assertThat(answer.text()).isEqualTo("PID-7 birth date 02/03/1948 is not an HL7 date");
    }

    @Test
    void aMessageWithoutAVisitIsAnError() throws HL7Exception {
        AdtAnswer answer = refusal("""
                MSH|^~\\&|EPIC|MERCY|CARELOOP|RIVERSIDE|202611301405||ADT^A08|X-2|P|2.5.1
                PID|1||4455201^^^MERCY^MR||Okafor^Grace||19480203|F
                """);

        assertThat(answer.location()).isEqualTo("PV1");
        assertThat(answer.code()).isEqualTo(AdtAnswer.Code.AE);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {
            "20261130; 2026-11-30T00:00", "2026113014; 2026-11-30T14:00", "202611301405; 2026-11-30T14:05",
            "20261130140512.1234-0500; 2026-11-30T14:05:12", "20260230; ", "2026; ", "tomorrow; "})
    void hl7TimesAreTheFacilitysWallClock(String text, LocalDateTime expected) {
        assertThat(Hl7Time.parse(text).orElse(null)).isEqualTo(expected);
    }

    private static NoticeRules.Accepted accepted(String message) throws HL7Exception {
        NoticeRules.Judgement judgement = NoticeRules.judge(AdtReading.read(PARSER.parse(hl7(message))), MERCY);
        assertThat(judgement).isInstanceOf(NoticeRules.Accepted.class);
        return (NoticeRules.Accepted) judgement;
    }

    private static AdtAnswer refusal(String message) throws HL7Exception {
        NoticeRules.Judgement judgement = NoticeRules.judge(AdtReading.read(PARSER.parse(hl7(message))), MERCY);
        assertThat(judgement).isInstanceOf(NoticeRules.Refusal.class);
        return ((NoticeRules.Refusal) judgement).answer();
    }

    /** Segments end with a carriage return on the wire. */
    static String hl7(String text) {
        return text.replace("\n", "\r");
    }
}
