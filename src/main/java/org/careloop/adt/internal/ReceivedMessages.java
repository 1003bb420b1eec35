package org.careloop.adt.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.adt.FeedMessage;
import org.careloop.adt.UnmatchedItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages of the registered senders, each stored once under its sender and control id, and the work queue of
 * those no single patient matched. Reads for people take the practices they work in.
 */
@Repository
public class ReceivedMessages {

    private final JdbcClient jdbc;

    ReceivedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message as it is stored: the raw text, the answer given, and what it said about the patient. */
    record Stored(UUID id, UUID sourceId, UUID practiceId, ReceivedAdt.Header header, String notice,
                  Instant receivedAt, String raw, AdtAnswer answer, String status, String matchedBy, UUID patientId,
                  NoticeRules.PatientIdentity sent, String facility, String visitNumber) {
    }

    /** The answer given when the sender first sent this control id, and when that was. */
    record Earlier(AdtAnswer answer, Instant receivedAt) {
    }

    Optional<Earlier> answerFor(String sendingApplication, String sendingFacility, String controlId) {
        return jdbc.sql("""
                select ack_code, ack_text, error_location, error_code, received_at from adt_message
                 where sending_application = ? and sending_facility = ? and control_id = ?""")
                .params(sendingApplication, sendingFacility, controlId)
                .query((rs, n) -> new Earlier(new AdtAnswer(AdtAnswer.Code.valueOf(rs.getString("ack_code")),
                        rs.getString("ack_text"), rs.getString("error_location"),
                        (Integer) rs.getObject("error_code")), RegisteredSenders.instant(rs, "received_at")))
                .optional();
    }

    /** Stores the message unless its sender already sent the control id (then answers false, storing nothing). */
    boolean insert(Stored m) {
        NoticeRules.PatientIdentity sent = m.sent() == null
                ? new NoticeRules.PatientIdentity(null, null, null, null) : m.sent();
        return jdbc.sql("""
                insert into adt_message (id, feed_source_id, practice_id, sending_application, sending_facility,
                                         control_id, message_type, notice, received_at, raw, ack_code, ack_text,
                                         error_location, error_code, status, matched_by, patient_id, sent_family_name,
                                         sent_given_names, sent_birth_date, sent_mrn, facility, visit_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (sending_application, sending_facility, control_id) do nothing""")
                .params(m.id(), m.sourceId(), m.practiceId(), m.header().sendingApplication(),
                        m.header().sendingFacility(), m.header().controlId(), m.header().messageType(), m.notice(),
                        OffsetDateTime.ofInstant(m.receivedAt(), ZoneOffset.UTC), m.raw(), m.answer().code().name(),
                        m.answer().text(), m.answer().location(), m.answer().errorCode(), m.status(), m.matchedBy(),
                        m.patientId(), sent.familyName(), sent.givenName(), sent.birthDate(), sent.mrn(), m.facility(),
                        m.visitNumber())
                .update() == 1;
    }

    void insertUnmatched(UUID itemId, UUID messageId, UUID practiceId, String reason, Instant at) {
        jdbc.sql("""
                insert into adt_unmatched_item (id, message_id, practice_id, reason, status, created_at)
                values (?, ?, ?, ?, 'OPEN', ?)""")
                .params(itemId, messageId, practiceId, reason, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** The practices' latest messages, newest first. */
    public List<FeedMessage> recent(UUID[] practices, int limit) {
        return jdbc.sql("""
                select m.*, s.name as source_name from adt_message m join adt_feed_source s on s.id = m.feed_source_id
                 where m.practice_id = any(?) order by m.received_at desc, m.id limit ?""")
                .params(practices, limit).query(ReceivedMessages::message).list();
    }

    /** The practices' work queue: the open items, oldest first (or every item, matched ones too). */
    public List<UnmatchedItem> items(UUID[] practices, boolean openOnly) {
        return jdbc.sql(ITEMS + " where i.practice_id = any(?) and (not ? or i.status = 'OPEN') order by i.created_at, i.id")
                .params(practices, openOnly).query(ReceivedMessages::item).list();
    }

    public Optional<UnmatchedItem> item(UUID itemId, UUID[] practices) {
        return jdbc.sql(ITEMS + " where i.id = ? and i.practice_id = any(?)")
                .params(itemId, practices).query(ReceivedMessages::item).optional();
    }

    /** The message's source, for reading it again when a person matches it. */
    public UUID sourceOf(UUID messageId) {
        return jdbc.sql("select feed_source_id from adt_message where id = ?").param(messageId).query(UUID.class)
                .single();
    }

    /**
     * Records the person's choice if the item is still open at {@code version}; answers whether it was. The message
     * is then MATCHED by PERSON.
     */
    public boolean match(UUID itemId, int version, UUID patientId, UUID userId, Instant at) {
        UUID messageId = jdbc.sql("""
                update adt_unmatched_item set status = 'MATCHED', patient_id = ?, matched_by = ?, matched_at = ?,
                       version = version + 1
                 where id = ? and version = ? and status = 'OPEN' returning message_id""")
                .params(patientId, userId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), itemId, version)
                .query(UUID.class).optional().orElse(null);
        if (messageId == null) {
            return false;
        }
        jdbc.sql("update adt_message set status = 'MATCHED', matched_by = 'PERSON', patient_id = ? where id = ?")
                .params(patientId, messageId).update();
        return true;
    }

    private static final String ITEMS = """
            select i.id, i.message_id, i.practice_id, i.reason, i.status, i.patient_id, i.matched_by, i.matched_at,
                   i.version, m.received_at, m.message_type, m.notice, m.facility, m.sent_family_name,
                   m.sent_given_names, m.sent_birth_date, m.sent_mrn, m.raw
              from adt_unmatched_item i join adt_message m on m.id = i.message_id""";

    private static FeedMessage message(ResultSet rs, int n) throws SQLException {
        String family = rs.getString("sent_family_name");
        String given = rs.getString("sent_given_names");
        return new FeedMessage(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getString("source_name"), rs.getString("sending_application") + "|" + rs.getString("sending_facility"),
                rs.getString("control_id"), rs.getString("message_type"), rs.getString("notice"),
                RegisteredSenders.instant(rs, "received_at"), rs.getString("ack_code"), rs.getString("ack_text"),
                rs.getString("error_location"), rs.getString("status"), rs.getString("matched_by"),
                rs.getObject("patient_id", UUID.class),
                family == null && given == null ? null : (family == null ? "?" : family) + ", " + (given == null ? "?" : given),
                rs.getObject("sent_birth_date", LocalDate.class), rs.getString("sent_mrn"), rs.getString("facility"),
                rs.getString("visit_number"));
    }

    private static UnmatchedItem item(ResultSet rs, int n) throws SQLException {
        return new UnmatchedItem(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
                rs.getObject("practice_id", UUID.class), RegisteredSenders.instant(rs, "received_at"),
                rs.getString("message_type"), rs.getString("notice"), rs.getString("facility"), rs.getString("reason"),
                rs.getString("sent_family_name"), rs.getString("sent_given_names"),
                rs.getObject("sent_birth_date", LocalDate.class), rs.getString("sent_mrn"), rs.getString("status"),
                rs.getObject("patient_id", UUID.class), rs.getObject("matched_by", UUID.class),
                RegisteredSenders.instant(rs, "matched_at"), rs.getInt("version"), rs.getString("raw"));
    }
}
