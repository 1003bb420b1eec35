package org.careloop.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.StaleVersion;
import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.StatementLine;
import org.careloop.billing.StatementRefusal;
import org.careloop.patient.PatientRoster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing months and their versioned statements. */
@Repository
public class Statements {

    private static final String MONTH = """
            select practice_id, month, status, current_version, closed_by, closed_at, reopened_by, reopened_at,
                   reopen_reason
              from billing_month where practice_id = ? and month = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    private final PatientRoster roster;

    Statements(JdbcClient jdbc, JdbcTemplate batch, PatientRoster roster) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The month, locking its row until the transaction ends so two closes cannot race. */
    public BillingMonth lock(UUID practiceId, YearMonth month) {
        jdbc.sql("insert into billing_month (practice_id, month, status) values (?, ?, 'OPEN') on conflict do nothing")
                .params(practiceId, month.toString()).update();
        return jdbc.sql(MONTH + " for update").params(practiceId, month.toString()).query(Statements::month).single();
    }

    /** The month as it stands, or an open one nobody has closed yet. */
    public BillingMonth find(UUID practiceId, YearMonth month) {
        return jdbc.sql(MONTH).params(practiceId, month.toString()).query(Statements::month).optional()
                .orElseGet(() -> BillingMonth.open(practiceId, month));
    }

    /** Writes the month's state, if nobody moved it since it was loaded. */
    public void save(BillingMonth m) {
        int updated = jdbc.sql("""
                update billing_month set status = ?, current_version = ?, closed_by = ?, closed_at = ?,
                       reopened_by = ?, reopened_at = ?, reopen_reason = ?
                 where practice_id = ? and month = ? and status = ? and current_version = ?""")
                .params(m.status().name(), m.statementVersion(), m.closedBy(), m.closedAt(), m.reopenedBy(),
                        m.reopenedAt(), m.reopenReason(), m.practiceId(), m.month().toString(), m.loadedStatus().name(),
                        m.loadedVersion())
                .update();
        if (updated != 1) {
            throw new StaleVersion("The billing month " + m.month() + " was changed by someone else; reload it", null);
        }
    }

    /** Keeps the month's newly closed statement: its lines and the patients it refused. */
    public void store(BillingMonth closed, PracticeMonth.Evaluated evaluated) {
        UUID practiceId = closed.practiceId();
        YearMonth month = closed.month();
        int version = closed.statementVersion();
        String closedBy = closed.closedBy();
        OffsetDateTime at = closed.closedAt();
        UUID statement = UUID.randomUUID();
        jdbc.sql("""
                insert into billing_statement (id, practice_id, month, version, closed_by, closed_at, patients)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(statement, practiceId, month.toString(), version, closedBy, at, evaluated.patients()).update();
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < evaluated.lines().size(); i++) {
            StatementLine l = evaluated.lines().get(i);
            lines.add(new Object[] {statement, i, l.patientId(), l.mrn(), l.patientName(), l.birthDate(), l.billingNpi(),
                    l.program().name(), l.code(), l.units(), l.dateOfService(), l.diagnosisCodes(), l.minutes(), l.explanation(),
                    l.medicareId(), l.groupNpi(), l.tin(), l.placeOfService(), l.chargeCents()});
        }
        batch.batchUpdate("""
                insert into billing_statement_line (statement_id, position, patient_id, mrn, patient_name, birth_date,
                       billing_npi, program, code, units, date_of_service, diagnosis_codes, minutes, explanation,
                       medicare_id, group_npi, tin, place_of_service, charge_cents)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines);
        List<Object[]> refusals = new ArrayList<>();
        for (int i = 0; i < evaluated.refusals().size(); i++) {
            StatementRefusal r = evaluated.refusals().get(i);
            refusals.add(new Object[] {statement, i, r.patientId(), r.program().name(), r.reason()});
        }
        batch.batchUpdate("""
                insert into billing_statement_refusal (statement_id, position, patient_id, program, reason)
                values (?, ?, ?, ?, ?)""", refusals);
    }

    public Optional<BillingMonthStatement> load(UUID practiceId, YearMonth month, int version, String status) {
        return jdbc.sql("select id, closed_by, closed_at, patients from billing_statement where practice_id = ? and month = ? and version = ?")
                .params(practiceId, month.toString(), version)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<StatementLine> lines = jdbc.sql("""
                            select patient_id, mrn, patient_name, birth_date, billing_npi, program, code, units,
                                   date_of_service, diagnosis_codes, minutes, explanation, medicare_id, group_npi,
                                   tin, place_of_service, charge_cents
                              from billing_statement_line where statement_id = ? order by position""")
                            .param(id).query(StatementLine.class).list();
                    List<StatementRefusal> refusals = named(jdbc.sql("""
                            select patient_id, '' as mrn, '' as patient_name, program, reason
                              from billing_statement_refusal where statement_id = ? order by position""")
                            .param(id).query(StatementRefusal.class).list(), practiceId);
                    return new BillingMonthStatement(practiceId, month.toString(), status, version,
                            rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class),
                            rs.getInt("patients"), lines, refusals);
                }).optional();
    }

    private static BillingMonth month(ResultSet rs, int row) throws SQLException {
        return new BillingMonth(rs.getObject("practice_id", UUID.class), YearMonth.parse(rs.getString("month")),
                BillingMonth.Status.valueOf(rs.getString("status")), rs.getInt("current_version"),
                rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class), rs.getString("reopened_by"),
                rs.getObject("reopened_at", OffsetDateTime.class), rs.getString("reopen_reason"));
    }

    /** Each refused patient's MRN and name as the patient registry has them now. */
    private List<StatementRefusal> named(List<StatementRefusal> refusals, UUID practiceId) {
        java.util.Map<UUID, PatientRoster.RosterEntry> patients = roster.of(
                refusals.stream().map(StatementRefusal::patientId).toList(), new UUID[] {practiceId});
        return refusals.stream().map(r -> {
            PatientRoster.RosterEntry patient = patients.get(r.patientId());
            return patient == null ? r : new StatementRefusal(r.patientId(), patient.mrn(), patient.displayName(),
                    r.program(), r.reason());
        }).toList();
    }
}
