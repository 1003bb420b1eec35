package org.careloop.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.billing.internal.PracticeMonth;
import org.careloop.billing.internal.Statements;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.patient.PatientGate;
import org.careloop.timetracking.TimeLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billing month of a practice. Closing it computes every enrolled patient's lines from the stored data, locks
 * the month's time entries and keeps the result as a new statement version; only an administrator may re-open it.
 * Before the close, the statement is a live preview.
 */
@Service
public class BillingMonths {

    static final String RESOURCE = "BillingStatement";

    private final PracticeMonth practiceMonth;
    private final Statements statements;
    private final TimeLedger timeLedger;
    private final Callers callers;
    private final PatientGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BillingMonths(PracticeMonth practiceMonth, Statements statements, TimeLedger timeLedger, Callers callers,
                  PatientGate gate, ApplicationEventPublisher events, Clock clock) {
        this.practiceMonth = practiceMonth;
        this.statements = statements;
        this.timeLedger = timeLedger;
        this.callers = callers;
        this.gate = gate;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BillingMonthStatement close(UUID practiceId, YearMonth month) {
        Caller caller = billerOrAdminOf(practiceId);
        if (!month.isBefore(YearMonth.now(clock).plusMonths(1))) {
            throw new InvalidRequest("Month in the future", Map.of("month", month + " has not begun; it cannot be closed"));
        }
        Statements.MonthState state = statements.lock(practiceId, month);
        if (state.status().equals("CLOSED")) {
            throw new RefusedTransition(month + " is already closed (statement version " + state.currentVersion()
                    + "); an administrator must re-open it first");
        }
        timeLedger.closeMonth(practiceId, month);
        PracticeMonth.Evaluated evaluated = practiceMonth.evaluate(practiceId, month);
        int version = state.currentVersion() + 1;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        statements.store(practiceId, month, version, caller.username(), now, evaluated);
        auditPatients(evaluated, practiceId, AuditAction.CREATE, "closed " + month + " as version " + version);
        events.publishEvent(new BillingMonthClosed(practiceId, month.toString(), version, evaluated.lines().size(), caller.username()));
        return statements.load(practiceId, month, version, "CLOSED").orElseThrow();
    }

    @Transactional
    public void reopen(UUID practiceId, YearMonth month, String reason) {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.ADMIN) || !caller.worksIn(practiceId)) {
            gate.recordForPractice(AuditAction.UPDATE, practiceId, "BillingMonth", month, AuditOutcome.DENIED,
                    "re-open refused: administrators only");
            throw new org.springframework.security.access.AccessDeniedException("Only an administrator can re-open a billing month");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("Invalid reason", Map.of("reason", "is required: say why the month is re-opened"));
        }
        Statements.MonthState state = statements.lock(practiceId, month);
        if (!state.status().equals("CLOSED")) {
            throw new RefusedTransition(month + " is open; there is nothing to re-open");
        }
        statements.reopen(practiceId, month, caller.username(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), reason.trim());
        timeLedger.reopenMonth(practiceId, month);
        gate.recordForPractice(AuditAction.UPDATE, practiceId, "BillingMonth", month, AuditOutcome.SUCCESS,
                "re-opened after version " + state.currentVersion() + ": " + reason.trim());
        events.publishEvent(new BillingMonthReopened(practiceId, month.toString(), caller.username(), reason.trim()));
    }

    /** The closed statement (the latest version, or {@code version}), or a live preview while the month is open. */
    public BillingMonthStatement statement(UUID practiceId, YearMonth month, Integer version) {
        billerOrAdminOf(practiceId);
        Statements.MonthState state = statements.state(practiceId, month).orElse(new Statements.MonthState("OPEN", 0));
        BillingMonthStatement statement;
        if (version != null || state.status().equals("CLOSED")) {
            int wanted = version != null ? version : state.currentVersion();
            statement = statements.load(practiceId, month, wanted,
                    wanted == state.currentVersion() && state.status().equals("CLOSED") ? "CLOSED" : "SUPERSEDED")
                    .orElseThrow(() -> new NotFound("No statement version " + wanted + " for " + month));
        } else {
            PracticeMonth.Evaluated preview = practiceMonth.evaluate(practiceId, month);
            statement = new BillingMonthStatement(practiceId, month.toString(), "OPEN", state.currentVersion(), null, null,
                    preview.patients(), preview.lines(), preview.refusals());
        }
        gate.listed(AuditAction.READ, RESOURCE, statement.lines().stream().map(StatementLine::patientId).distinct().toList(),
                patient -> new PatientGate.Listed(patient, practiceId, month));
        return statement;
    }

    /** Records the export of a statement's lines (the CSV a biller downloads). */
    public void recordExport(BillingMonthStatement statement) {
        gate.listed(AuditAction.EXPORT, RESOURCE, statement.lines().stream().map(StatementLine::patientId).distinct().toList(),
                patient -> new PatientGate.Listed(patient, statement.practiceId(), statement.month() + " v" + statement.version()));
    }

    private Caller billerOrAdminOf(UUID practiceId) {
        Caller caller = callers.current();
        if (!caller.worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        if (!caller.hasRole(Role.BILLER) && !caller.hasRole(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("Billing months are for billers and administrators");
        }
        return caller;
    }

    private void auditPatients(PracticeMonth.Evaluated evaluated, UUID practiceId, AuditAction action,
                                String detail) {
        gate.listed(action, RESOURCE, List.copyOf(evaluated.patientIds()),
                patient -> new PatientGate.Listed(patient, practiceId, null, detail));
    }
}
