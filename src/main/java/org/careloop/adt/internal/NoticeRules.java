package org.careloop.adt.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.careloop.adt.FeedSource;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;

/**
 * What an ADT message from a registered sender means, or why CareLoop cannot take it. A message CareLoop does not
 * follow is rejected (AR): a test or debugging message (MSH-11 other than P), another message type than ADT, an event
 * other than A01 admit, A03 discharge, A04 ED registration, A08 update, A11 and A13 cancels. A message it follows but
 * cannot use is an error (AE) naming the field: no PID or PV1, a patient class that is not a hospital stay, a
 * discharge without its time (a discharge is what starts the 30-day transitional care window), an unreadable date.
 * Everything else is the notice, still without its patient: {@link PatientIdentity} says how to find them.
 */
final class NoticeRules {

    static final Map<String, Notice> NOTICES = Map.of("A01", Notice.ADMITTED, "A03", Notice.DISCHARGED,
            "A04", Notice.EMERGENCY_REGISTRATION, "A08", Notice.UPDATED, "A11", Notice.ADMISSION_CANCELLED,
            "A13", Notice.DISCHARGE_CANCELLED);

    /** HL7 table 0004 patient classes that are a hospital stay CareLoop follows (B: an obstetric inpatient stay). */
    private static final Map<String, EncounterClass> CLASSES = Map.of("I", EncounterClass.INPATIENT,
            "B", EncounterClass.INPATIENT, "E", EncounterClass.EMERGENCY, "O", EncounterClass.OBSERVATION,
            "OBS", EncounterClass.OBSERVATION);

    /** HL7 table 0396 coding systems, in the names the care team reads. */
    private static final Map<String, String> CODING_SYSTEMS = Map.of("I10", "ICD-10-CM", "I10C", "ICD-10-CM",
            "ICD10", "ICD-10-CM", "ICD-10-CM", "ICD-10-CM", "I9", "ICD-9-CM", "I9C", "ICD-9-CM", "I9CDX", "ICD-9-CM",
            "SCT", "SNOMED CT", "SNM", "SNOMED CT");

    private NoticeRules() {
    }

    /** The judgement: a refusal, or the notice to report once the patient is known. */
    sealed interface Judgement permits Refusal, Accepted {
    }

    /** Why the message is refused, as CareLoop answers it. */
    record Refusal(AdtAnswer answer) implements Judgement {
    }

    /** The notice as the transition module will read it, and who it is about. */
    record Accepted(Notice notice, EncounterClass encounterClass, String facility, String visitNumber,
                    LocalDateTime admittedAt, LocalDateTime dischargedAt, List<Diagnosis> diagnoses,
                    DischargeDisposition disposition, PatientIdentity patient) implements Judgement {
    }

    /**
     * How to find the patient: the sender's MRN for the source's assigning authority (null when PID-3 has none), and
     * the first family and given name and birth date of PID-5 and PID-7 (each null when not sent).
     */
    record PatientIdentity(String mrn, String familyName, String givenName, LocalDate birthDate) {

        boolean nameAndBirthDate() {
            return familyName != null && givenName != null && birthDate != null;
        }

        String describe() {
            return (familyName == null ? "?" : familyName) + ", " + (givenName == null ? "?" : givenName)
                    + (birthDate == null ? "" : " born " + birthDate);
        }
    }

    static Judgement judge(ReceivedAdt message, FeedSource source) {
        ReceivedAdt.Header header = message.header();
        String processing = header.processingId();
        if (processing != null && !processing.equalsIgnoreCase("P")) {
            return reject(AdtAnswer.UNSUPPORTED_PROCESSING_ID, "MSH-11", "MSH-11 processing id " + processing
                    + " is a test or debugging message: the feed takes production messages (P) only");
        }
        if (!"ADT".equalsIgnoreCase(header.messageCode())) {
            return reject(AdtAnswer.UNSUPPORTED_MESSAGE_TYPE, "MSH-9", "MSH-9 message type " + (header.messageCode() == null ? "(none)" : header.messageCode())
                    + " is not one CareLoop takes: ADT only");
        }
        Notice notice = header.triggerEvent() == null ? null
                : NOTICES.get(header.triggerEvent().toUpperCase(Locale.ROOT));
        if (notice == null) {
            return reject(AdtAnswer.UNSUPPORTED_EVENT_CODE, "MSH-9", "MSH-9 event " + (header.triggerEvent() == null ? "(none)" : header.triggerEvent())
                    + " is not one CareLoop follows: A01, A03, A04, A08, A11 and A13");
        }
        if (message.patient() == null) {
            return error(AdtAnswer.REQUIRED_FIELD_MISSING, "PID", "PID segment missing: the message names no patient");
        }
        if (message.visit() == null) {
            return error(AdtAnswer.REQUIRED_FIELD_MISSING, "PV1", "PV1 segment missing: the message names no visit");
        }
        return visit(message, source, notice);
    }

    private static Judgement visit(ReceivedAdt message, FeedSource source, Notice notice) {
        ReceivedAdt.Visit visit = message.visit();
        if (visit.patientClass() == null) {
            return error(AdtAnswer.REQUIRED_FIELD_MISSING, "PV1-2", "PV1-2 patient class missing");
        }
        EncounterClass encounterClass = CLASSES.get(visit.patientClass().toUpperCase(Locale.ROOT));
        if (encounterClass == null) {
            return error(AdtAnswer.TABLE_VALUE_NOT_FOUND, "PV1-2", "PV1-2 patient class " + visit.patientClass()
                    + " is not a hospital stay CareLoop follows: I inpatient, O observation, E emergency");
        }
        String birth = message.patient().birthDate();
        Optional<LocalDateTime> born = Hl7Time.parse(birth);
        if (birth != null && born.isEmpty()) {
            return error(AdtAnswer.DATA_TYPE_ERROR, "PID-7", "PID-7 birth date " + birth + " is not an HL7 date");
        }
        Optional<LocalDateTime> admitted = Hl7Time.parse(visit.admitted());
        if (visit.admitted() != null && admitted.isEmpty()) {
            return error(AdtAnswer.DATA_TYPE_ERROR, "PV1-44", "PV1-44 admit date/time " + visit.admitted()
                    + " is not an HL7 date/time");
        }
        Optional<LocalDateTime> discharged = Hl7Time.parse(visit.discharged());
        if (visit.discharged() != null && discharged.isEmpty()) {
            return error(AdtAnswer.DATA_TYPE_ERROR, "PV1-45", "PV1-45 discharge date/time " + visit.discharged()
                    + " is not an HL7 date/time");
        }
        if (admitted.isEmpty() && (notice == Notice.ADMITTED || notice == Notice.EMERGENCY_REGISTRATION)) {
            admitted = Hl7Time.parse(message.header().eventOccurred());
            if (admitted.isEmpty()) {
                return error(AdtAnswer.REQUIRED_FIELD_MISSING, "PV1-44", "PV1-44 admit date/time missing (nor EVN-6):"
                        + " an " + message.header().triggerEvent() + " announces when the stay began");
            }
        }
        if (notice == Notice.DISCHARGED && discharged.isEmpty()) {
            return error(AdtAnswer.REQUIRED_FIELD_MISSING, "PV1-45", "PV1-45 discharge date/time missing: an A03"
                    + " announces a discharge, and the discharge day starts the follow-up window");
        }
        if (admitted.isPresent() && discharged.isPresent() && discharged.get().isBefore(admitted.get())) {
            return error(AdtAnswer.DATA_TYPE_ERROR, "PV1-45", "PV1-45 discharge " + discharged.get()
                    + " is before the admission " + admitted.get());
        }
        return new Accepted(notice, encounterClass, facility(message, source), visit.visitNumber(),
                admitted.orElse(null), discharged.orElse(null), diagnoses(message),
                disposition(visit.dischargeDisposition()), identity(message.patient(), source,
                born.map(LocalDateTime::toLocalDate).orElse(null)));
    }

    /** The assigned location's facility when it is another than the sender's, else the registered name. */
    private static String facility(ReceivedAdt message, FeedSource source) {
        String located = message.visit().locationFacility();
        return located == null || located.equalsIgnoreCase(message.header().sendingFacility()) ? source.name() : located;
    }

    private static List<Diagnosis> diagnoses(ReceivedAdt message) {
        return message.diagnoses().stream().map(d -> new Diagnosis(d.codingSystem() == null ? null
                : CODING_SYSTEMS.getOrDefault(d.codingSystem().toUpperCase(Locale.ROOT), d.codingSystem()),
                d.code(), d.text())).toList();
    }

    private static DischargeDisposition disposition(String code) {
        return code == null ? null
                : new DischargeDisposition(DischargeDispositions.SYSTEM, code, DischargeDispositions.words(code));
    }

    /**
     * The MRN is the PID-3 repetition of the source's assigning authority; a source that names none takes the one
     * typed MR, else the first. Identifiers of other authorities (a payer's, the SSN) are never used to match.
     */
    static PatientIdentity identity(ReceivedAdt.Patient patient, FeedSource source, LocalDate birthDate) {
        List<ReceivedAdt.SentIdentifier> sent = patient.identifiers();
        Optional<ReceivedAdt.SentIdentifier> mrn = source.assigningAuthority() != null
                ? sent.stream().filter(id -> source.assigningAuthority().equalsIgnoreCase(id.assigningAuthority()))
                        .findFirst()
                : sent.stream().filter(id -> "MR".equalsIgnoreCase(id.typeCode())).findFirst()
                        .or(() -> sent.stream().findFirst());
        return new PatientIdentity(mrn.map(ReceivedAdt.SentIdentifier::value).orElse(null), patient.familyName(),
                patient.givenName(), birthDate);
    }

    private static Refusal reject(int code, String location, String text) {
        return new Refusal(AdtAnswer.rejected(code, location, text));
    }

    private static Refusal error(int code, String location, String text) {
        return new Refusal(AdtAnswer.error(code, location, text));
    }
}
