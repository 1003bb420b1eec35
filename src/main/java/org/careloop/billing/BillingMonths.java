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
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.billing.internal.BillingMonth;
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
        BillingMonth billingMonth = statements.lock(practiceId, month);
        PracticeMonth.Evaluated evaluated = billingMonth.close(caller.username(), now(), () -> {
            timeLedger.closeMonth(practiceId, month);
            return practiceMonth.evaluate(practiceId, month);
        });
        statements.store(billingMonth, evaluated);
        statements.save(billingMonth);
        auditPatients(evaluated, practiceId, AuditAction.CREATE,
                "closed " + month + " as version " + billingMonth.statementVersion());
        billingMonth.pullEvents().forEach(events::publishEvent);
        return statements.load(practiceId, month, billingMonth.statementVersion(), "CLOSED").orElseThrow();
    }

    @Transactional
    public void reopen(UUID practiceId, YearMonth month, String reason) {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.ADMIN) || !caller.worksIn(practiceId)) {
            gate.recordForPractice(AuditAction.UPDATE, practiceId, "BillingMonth", month, AuditOutcome.DENIED,
                    "re-open refused: administrators only");
            throw new org.springframework.security.access.AccessDeniedException("Only an administrator can re-open a billing month");
        }
        BillingMonth billingMonth = statements.lock(practiceId, month);
        billingMonth.reopen(caller.username(), now(), reason);
        statements.save(billingMonth);
        timeLedger.reopenMonth(practiceId, month);
        gate.recordForPractice(AuditAction.UPDATE, practiceId, "BillingMonth", month, AuditOutcome.SUCCESS,
                "re-opened after version " + billingMonth.statementVersion() + ": " + reason.trim());
        billingMonth.pullEvents().forEach(events::publishEvent);
    }

    /** The closed statement (the latest version, or {@code version}), or a live preview while the month is open. */
    public BillingMonthStatement statement(UUID practiceId, YearMonth month, Integer version) {
        billerOrAdminOf(practiceId);
        BillingMonth billingMonth = statements.find(practiceId, month);
        BillingMonthStatement statement;
        if (version != null || billingMonth.isClosed()) {
            int wanted = version != null ? version : billingMonth.statementVersion();
            statement = statements.load(practiceId, month, wanted,
                    wanted == billingMonth.statementVersion() && billingMonth.isClosed() ? "CLOSED" : "SUPERSEDED")
                    .orElseThrow(() -> new NotFound("No statement version " + wanted + " for " + month));
        } else {
            PracticeMonth.Evaluated preview = practiceMonth.evaluate(practiceId, month);
            statement = new BillingMonthStatement(practiceId, month.toString(), "OPEN", billingMonth.statementVersion(), null, null,
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

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Caller billerOrAdminOf(UUID practiceId) {
        return billerOrAdmin(callers, practiceId);
    }

    /** The caller, if a biller or administrator of the practice; a stranger to the practice gets a 404. */
    static Caller billerOrAdmin(Callers callers, UUID practiceId) {
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
