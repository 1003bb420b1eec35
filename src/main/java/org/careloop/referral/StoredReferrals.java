package org.careloop.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.ArrayList;

import org.careloop.careplan.NeedStatus;
import org.careloop.community.ServiceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored referrals and their moves. Callers pass the patient gate; this class only reads and writes. */
@Repository
class StoredReferrals {

    /** One referral as the loop report counts it. */
    record LoopRow(String category, String needDomain, String organizationName, ReferralStatus status, Instant sentAt,
                   Instant closedAt) {
    }

    private final JdbcClient jdbc;

    StoredReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Referral referral) {
        Referral.Details d = referral.details();
        Referral.Sending s = referral.sending();
        jdbc.sql("""
                insert into referral (id, practice_id, patient_id, service_id, service_name, organization_name, category,
                                      need_domain, need_description, request, consent_what, consent_with_whom,
                                      consent_given_on, urgency, care_manager_id, status, delivery, sent_to, sent_on,
                                      sent_at, sent_by, version)
                values (:id, :practice, :patient, :service, :serviceName, :organization, :category, :needDomain,
                        :needDescription, :request, :what, :withWhom, :givenOn, :urgency, :careManager, :status,
                        :delivery, :sentTo, :sentOn, :sentAt, :sentBy, :version)""")
                .param("id", referral.id()).param("practice", d.practiceId()).param("patient", d.patientId())
                .param("service", d.serviceId()).param("serviceName", d.serviceName())
                .param("organization", d.organizationName()).param("category", d.category().name())
                .param("needDomain", d.needDomain()).param("needDescription", d.needDescription())
                .param("request", d.request()).param("what", d.consent().what())
                .param("withWhom", d.consent().withWhom()).param("givenOn", d.consent().givenOn())
                .param("urgency", d.urgency().name()).param("careManager", d.careManagerId())
                .param("status", referral.status().name()).param("delivery", s.delivery().name())
                .param("sentTo", s.sentTo()).param("sentOn", s.sentOn()).param("sentAt", Timestamp.from(s.sentAt()))
                .param("sentBy", s.sentBy()).param("version", referral.version())
                .update();
        insertMoves(referral);
    }

    /** Saves the referral's moves if its row is still at the version it was loaded with; answers whether it was. */
    boolean update(Referral referral) {
        boolean saved = jdbc.sql("""
                update referral set status = :status, version = :version, decline_reason = :reason,
                       need_status = :needStatus, outcome_note = :note, closed_at = :closedAt,
                       follow_up_task_id = :task
                 where id = :id and version = :loaded""")
                .param("status", referral.status().name()).param("version", referral.version())
                .param("reason", referral.declineReason())
                .param("needStatus", referral.needStatus() == null ? null : referral.needStatus().name())
                .param("note", referral.outcomeNote())
                .param("closedAt", referral.closedAt() == null ? null : Timestamp.from(referral.closedAt()))
                .param("task", referral.followUpTaskId()).param("id", referral.id())
                .param("loaded", referral.loadedVersion()).update() == 1;
        if (saved) {
            insertMoves(referral);
        }
        return saved;
    }

    Optional<Referral> find(UUID id) {
        return withMoves(jdbc.sql("select * from referral where id = ?").param(id).query(this::referral).list())
                .stream().findFirst();
    }

    /** Loads the referral and locks its row until the transaction ends. */
    Optional<Referral> findForChange(UUID id) {
        return withMoves(jdbc.sql("select * from referral where id = ? for update").param(id).query(this::referral).list())
                .stream().findFirst();
    }

    List<Referral> forPatient(UUID patientId) {
        return withMoves(jdbc.sql("select * from referral where patient_id = ? order by sent_at desc, id")
                .param(patientId).query(this::referral).list());
    }

    /** The ids of referrals still waiting for an answer that were sent on or before {@code sentOnOrBefore}. */
    List<UUID> waitingSince(LocalDate sentOnOrBefore) {
        return jdbc.sql("select id from referral where status = 'SENT' and sent_on <= ? order by sent_on, id")
                .param(sentOnOrBefore).query(UUID.class).list();
    }

    /** The practice's referrals sent in [from, to], for the loop report. */
    List<LoopRow> loop(UUID practiceId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select category, need_domain, organization_name, status, sent_at, closed_at from referral
                 where practice_id = ? and sent_on between ? and ? order by sent_at""")
                .params(practiceId, from, to)
                .query((rs, n) -> new LoopRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        ReferralStatus.valueOf(rs.getString(4)), instant(rs, 5), instant(rs, 6)))
                .list();
    }

    private void insertMoves(Referral referral) {
        for (ReferralView.Move move : referral.pullNewMoves()) {
            jdbc.sql("insert into referral_move (id, referral_id, status, moved_at, moved_by, note) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), referral.id(), move.status().name(), Timestamp.from(move.at()),
                            move.by(), move.note())
                    .update();
        }
    }

    private List<Referral> withMoves(List<Referral> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, List<ReferralView.Move>> moves = new HashMap<>();
        jdbc.sql("select referral_id, status, moved_at, moved_by, note from referral_move where referral_id = any(?) order by moved_at, id")
                .param(found.stream().map(Referral::id).toArray(UUID[]::new))
                .query((rs, n) -> moves.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                        .add(new ReferralView.Move(ReferralStatus.valueOf(rs.getString(2)), instant(rs, 3),
                                rs.getString(4), rs.getString(5))))
                .list();
        return found.stream().map(r -> new Referral(r.id(), r.details(), r.sending(), r.status(), r.version(),
                r.declineReason(), r.needStatus(), r.outcomeNote(), r.closedAt(), r.followUpTaskId(),
                moves.getOrDefault(r.id(), List.of()))).toList();
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        Referral.Details details = new Referral.Details(rs.getObject("practice_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getString("service_name"), rs.getString("organization_name"),
                ServiceCategory.valueOf(rs.getString("category")), rs.getString("need_domain"),
                rs.getString("need_description"), rs.getString("request"),
                new ConsentToShare(rs.getString("consent_what"), rs.getString("consent_with_whom"),
                        rs.getObject("consent_given_on", LocalDate.class)),
                Urgency.valueOf(rs.getString("urgency")), rs.getObject("care_manager_id", UUID.class));
        Referral.Sending sending = new Referral.Sending(Delivery.valueOf(rs.getString("delivery")),
                rs.getString("sent_to"), rs.getObject("sent_on", LocalDate.class), instant(rs, "sent_at"),
                rs.getString("sent_by"));
        return new Referral(rs.getObject("id", UUID.class), details, sending, ReferralStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), rs.getString("decline_reason"),
                rs.getString("need_status") == null ? null : NeedStatus.valueOf(rs.getString("need_status")),
                rs.getString("outcome_note"), instant(rs, "closed_at"), rs.getObject("follow_up_task_id", UUID.class),
                List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
