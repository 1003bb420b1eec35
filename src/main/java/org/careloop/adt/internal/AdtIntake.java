package org.careloop.adt.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.parser.PipeParser;
import org.careloop.adt.FeedSource;
import org.careloop.adt.UnmatchedItem;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientMatching;
import org.careloop.transition.HospitalEncounterReported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in one message of a hospital feed. A control id its sender already sent gets the first answer and changes
 * nothing (the store's key finds it; the attempt is rolled back); an unknown sender is rejected and nothing is kept (CareLoop keeps no patient data it cannot place in a
 * practice). Otherwise the message is stored once, with the answer it gets: rejected or in error as
 * {@link NoticeRules} judges, else accepted, and either matched to the practice's patient (the sender's MRN, else the
 * one patient with the name and birth date), which reports {@link HospitalEncounterReported}, or put in the work queue
 * for a person when no single patient matches. The storing, the match and the report happen in one transaction,
 * through the HL7 door of the audit trail.
 */
@Service
public class AdtIntake {

    static final String RESOURCE = "AdtMessage";

    private final RegisteredSenders senders;
    private final ReceivedMessages messages;
    private final PatientMatching matching;
    private final PatientGate gate;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final PipeParser parser = Hl7.lenientContext().getPipeParser();

    AdtIntake(RegisteredSenders senders, ReceivedMessages messages, PatientMatching matching, PatientGate gate,
              ApplicationEventPublisher events, TransactionTemplate transaction, java.time.Clock clock) {
        this.senders = senders;
        this.messages = messages;
        this.matching = matching;
        this.gate = gate;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    AdtAnswer receive(ReceivedAdt message, String raw) {
        ReceivedAdt.Header header = message.header();
        if (header.sendingApplication() == null || header.sendingFacility() == null) {
            return AdtAnswer.rejected(AdtAnswer.REQUIRED_FIELD_MISSING, header.sendingApplication() == null ? "MSH-3"
                    : "MSH-4", "MSH-3 sending application and MSH-4 sending facility are required: they say which"
                    + " registered feed the message comes from");
        }
        if (header.controlId() == null) {
            return AdtAnswer.rejected(AdtAnswer.REQUIRED_FIELD_MISSING, "MSH-10", "MSH-10 message control id missing:"
                    + " CareLoop keeps each message once by its sender and control id");
        }
        Optional<FeedSource> source = senders.bySender(header.sendingApplication(), header.sendingFacility());
        if (source.isEmpty()) {
            // a sender registered after its first messages were stored: those keep their answer
            Optional<ReceivedMessages.Earlier> earlier = messages.answerFor(header.sendingApplication(),
                    header.sendingFacility(), header.controlId());
            if (earlier.isPresent()) {
                return earlier.get().answer().resent(earlier.get().receivedAt());
            }
            return AdtAnswer.rejected(AdtAnswer.UNKNOWN_KEY_IDENTIFIER, "MSH-4", "Unknown sender: sending application"
                    + " (MSH-3) " + header.sendingApplication() + " with sending facility (MSH-4) "
                    + header.sendingFacility() + " is not registered as a hospital feed of a CareLoop practice;"
                    + " nothing was kept");
        }
        return AuditChannels.within(AuditChannel.HL7, "hl7 feed " + source.get().sender(), () -> transaction.execute(
                status -> store(message, raw, source.get()).orElseGet(() -> {
                    // the sender sent this control id before: nothing of this attempt is kept, the first answer stands
                    status.setRollbackOnly();
                    return earlierAnswer(header);
                })));
    }

    /** The answer to a message stored now, or empty when its sender already sent the control id. */
    private Optional<AdtAnswer> store(ReceivedAdt message, String raw, FeedSource source) {
        ReceivedAdt.Header header = message.header();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String notice = header.triggerEvent() == null ? null
                : Optional.ofNullable(NoticeRules.NOTICES.get(header.triggerEvent().toUpperCase(java.util.Locale.ROOT)))
                        .map(Enum::name).orElse(null);
        NoticeRules.Judgement judgement = NoticeRules.judge(message, source);
        if (judgement instanceof NoticeRules.Refusal refusal) {
            NoticeRules.PatientIdentity sent = message.patient() == null ? null
                    : NoticeRules.identity(message.patient(), source, Hl7Time.parse(message.patient().birthDate())
                            .map(java.time.LocalDateTime::toLocalDate).orElse(null));
            ReceivedMessages.Stored refused = new ReceivedMessages.Stored(id, source.id(), source.practiceId(), header,
                    notice, now, raw, refusal.answer(), refusal.answer().code() == AdtAnswer.Code.AR ? "REJECTED"
                    : "ERROR", null, null, sent, null, message.visit() == null ? null : message.visit().visitNumber());
            return messages.insert(refused) ? Optional.of(refusal.answer()) : Optional.empty();
        }
        NoticeRules.Accepted accepted = (NoticeRules.Accepted) judgement;
        Match match = match(source, accepted.patient());
        AdtAnswer answer = AdtAnswer.accepted(match.patientId() == null
                ? "Accepted; no single patient of the practice matched: a person will choose the patient"
                : "Accepted; matched to the patient by " + (match.by().equals("MRN") ? "MRN" : "name and birth date"));
        ReceivedMessages.Stored stored = new ReceivedMessages.Stored(id, source.id(), source.practiceId(), header,
                notice, now, raw, answer, match.patientId() == null ? "UNMATCHED" : "MATCHED", match.by(),
                match.patientId(), accepted.patient(), accepted.facility(), accepted.visitNumber());
        if (!messages.insert(stored)) {
            return Optional.empty();
        }
        if (match.patientId() == null) {
            messages.insertUnmatched(UUID.randomUUID(), id, source.practiceId(), match.reason(), now);
        } else {
            gate.recordFeedChange(match.patientId(), source.practiceId(), AuditAction.CREATE, RESOURCE, id,
                    header.messageType() + " matched by " + match.by());
            events.publishEvent(report(accepted, match.patientId(), source.practiceId(), header, now));
        }
        return Optional.of(answer);
    }

    /**
     * The report of a message a person matched to the patient: the message as stored, read again, with the time
     * CareLoop first received it.
     */
    public HospitalEncounterReported reportForPerson(UnmatchedItem item, UUID patientId) {
        FeedSource source = senders.find(messages.sourceOf(item.messageId())).orElseThrow();
        try {
            ReceivedAdt message = AdtReading.read(parser.parse(item.raw()));
            if (NoticeRules.judge(message, source) instanceof NoticeRules.Accepted accepted) {
                return report(accepted, patientId, item.practiceId(), message.header(), item.receivedAt());
            }
        } catch (HL7Exception unreadable) {
            throw new IllegalStateException("Stored message " + item.messageId() + " cannot be read again", unreadable);
        }
        throw new IllegalStateException("Stored message " + item.messageId() + " no longer passes the rules");
    }

    private static HospitalEncounterReported report(NoticeRules.Accepted accepted, UUID patientId, UUID practiceId,
                                                    ReceivedAdt.Header header, Instant receivedAt) {
        return new HospitalEncounterReported(patientId, practiceId, accepted.notice(), accepted.encounterClass(),
                accepted.facility(), accepted.visitNumber(), accepted.admittedAt(), accepted.dischargedAt(),
                accepted.diagnoses(), accepted.disposition(), header.messageType() + " control id "
                + header.controlId() + " from " + header.sendingApplication() + "|" + header.sendingFacility(),
                receivedAt);
    }

    /** The answer given when the control id was first received. */
    private AdtAnswer earlierAnswer(ReceivedAdt.Header header) {
        ReceivedMessages.Earlier earlier = messages.answerFor(header.sendingApplication(), header.sendingFacility(),
                header.controlId()).orElseThrow();
        return earlier.answer().resent(earlier.receivedAt());
    }

    /** The patient, by MRN else by name and birth date; several candidates are never chosen between. */
    private Match match(FeedSource source, NoticeRules.PatientIdentity who) {
        String authority = source.assigningAuthority() == null ? "the sender" : source.assigningAuthority();
        if (who.mrn() != null) {
            List<UUID> byMrn = matching.byIdentifier(source.practiceId(), source.identifierSystem(), who.mrn());
            if (byMrn.size() == 1) {
                return new Match(byMrn.get(0), "MRN", null);
            }
            if (byMrn.size() > 1) {
                return new Match(null, null, byMrn.size() + " patients of the practice carry MRN " + who.mrn()
                        + " of " + authority);
            }
        }
        String mrn = who.mrn() == null ? "PID-3 gives no MRN of " + authority : "no patient has MRN " + who.mrn()
                + " of " + authority;
        if (!who.nameAndBirthDate()) {
            return new Match(null, null, mrn + ", and PID-5 and PID-7 give no whole name and birth date ("
                    + who.describe() + ")");
        }
        List<UUID> byName = matching.byNameAndBirthDate(source.practiceId(), who.familyName(), who.givenName(),
                who.birthDate());
        if (byName.size() == 1) {
            return new Match(byName.get(0), "NAME_AND_BIRTH_DATE", null);
        }
        return new Match(null, null, mrn + ", and " + (byName.isEmpty() ? "no patient"
                : byName.size() + " patients") + " of the practice " + (byName.size() > 1 ? "share" : "has")
                + " the name and birth date " + who.describe());
    }

    private record Match(UUID patientId, String by, String reason) {
    }
}
