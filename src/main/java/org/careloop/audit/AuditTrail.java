package org.careloop.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.SignInAttempted;
import org.careloop.identity.SignedOut;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who read or changed which patient's data, when, from where and with what outcome
 * (the HIPAA audit control). The database refuses updates and deletes of recorded events.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Callers callers;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JdbcTemplate batch, Callers callers, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.callers = callers;
        this.clock = clock;
    }

    /** Records one access by the current caller. */
    public void record(PatientDataAccess access) {
        recordAll(List.of(access));
    }

    /**
     * Records many accesses of the same kind at once, such as every patient in a search result or an import, as
     * made by the signed-in caller (or the actor named by {@link AuditChannels#within}) through the current door.
     */
    public void recordAll(Collection<PatientDataAccess> accesses) {
        String actor = AuditChannels.actor();
        if (actor != null) {
            insertAll(actor, null, accesses);
            return;
        }
        Optional<Caller> caller = callers.find();
        insertAll(caller.map(Caller::username).orElse(null), caller.map(Caller::rolesText).orElse(null), accesses);
    }

    /**
     * Records what identity deems worth keeping about authentication: sign-ins through the form, the first HTTP Basic
     * request or token use of the day, wrong passwords, and throttled floods as one summary line; and sign-outs.
     */
    @EventListener
    void signIn(SignInAttempted attempt) {
        authentication(attempt.username(), attempt.succeeded() ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED,
                attempt.clientAddress() != null ? attempt.clientAddress() : clientAddress(),
                attempt.method().viaApi() ? AuditChannel.API : AuditChannel.UI,
                attempt.succeeded() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED, attempt.method() + ": " + attempt.detail());
    }

    /** A sign-out of the web application, beside the sign-in it ends. */
    @EventListener
    void signOut(SignedOut signedOut) {
        authentication(signedOut.username(), AuditAction.LOGOUT, signedOut.clientAddress(), AuditChannel.UI,
                AuditOutcome.SUCCESS, SignInAttempted.Method.FORM + ": signed out of the web application");
    }

    private void authentication(String username, AuditAction action, String clientAddress, AuditChannel channel,
                                AuditOutcome outcome, String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, username, action, client_address, channel, outcome, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(now(), username, action.name(), clientAddress, channel.name(), outcome.name(), detail)
                .update();
    }

    /** The trail, newest first, filtered by any of patient, user and time window. */
    public List<AuditEvent> search(UUID patient, String username, OffsetDateTime from, OffsetDateTime to,
                                   int page, int size) {
        return jdbc.sql("""
                select * from audit_event
                 where (cast(:patient as uuid) is null or patient_id = :patient)
                   and (cast(:username as text) is null or username = :username)
                   and (cast(:from as timestamptz) is null or occurred_at >= :from)
                   and (cast(:to as timestamptz) is null or occurred_at < :to)
                 order by occurred_at desc, id desc
                 limit :size offset :offset""")
                .param("patient", patient).param("username", username).param("from", from).param("to", to)
                .param("size", size).param("offset", (long) page * size)
                .query(AuditEvent.class).list();
    }

    public long count(UUID patient, String username, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select count(*) from audit_event
                 where (cast(:patient as uuid) is null or patient_id = :patient)
                   and (cast(:username as text) is null or username = :username)
                   and (cast(:from as timestamptz) is null or occurred_at >= :from)
                   and (cast(:to as timestamptz) is null or occurred_at < :to)""")
                .param("patient", patient).param("username", username).param("from", from).param("to", to)
                .query(Long.class).single();
    }

    /** One JDBC batch, whatever the number of accesses. */
    private void insertAll(String username, String roles, Collection<PatientDataAccess> accesses) {
        if (accesses.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        String address = clientAddress();
        String channel = AuditChannels.current().name();
        batch.batchUpdate("""
                insert into audit_event (occurred_at, username, roles, practice_id, patient_id, action, resource_type,
                                         resource_id, client_address, channel, outcome, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", accesses.stream().map(access -> new Object[] {
                now, username, roles, access.practiceId(), access.patientId(), access.action().name(),
                access.resourceType(), access.resourceId(), address, channel, access.outcome().name(),
                access.detail()}).toList());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String clientAddress() {
        HttpServletRequest request = AuditChannels.request();
        return request == null ? null : request.getRemoteAddr();
    }
}
