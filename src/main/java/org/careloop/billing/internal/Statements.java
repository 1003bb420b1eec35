package org.careloop.billing.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.StatementLine;
import org.careloop.billing.StatementRefusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing months and their versioned statements. */
@Repository
public class Statements {

    /** The month's state. */
    public record MonthState(String status, int currentVersion) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Statements(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The month's state, locking its row until the transaction ends so two closes cannot race. */
    public MonthState lock(UUID practiceId, YearMonth month) {
        jdbc.sql("insert into billing_month (practice_id, month, status) values (?, ?, 'OPEN') on conflict do nothing")
                .params(practiceId, month.toString()).update();
        return jdbc.sql("select status, current_version from billing_month where practice_id = ? and month = ? for update")
                .params(practiceId, month.toString()).query(MonthState.class).single();
    }

    public Optional<MonthState> state(UUID practiceId, YearMonth month) {
        return jdbc.sql("select status, current_version from billing_month where practice_id = ? and month = ?")
                .params(practiceId, month.toString()).query(MonthState.class).optional();
    }

    public void store(UUID practiceId, YearMonth month, int version, String closedBy, OffsetDateTime at,
                      PracticeMonth.Evaluated evaluated) {
        UUID statement = UUID.randomUUID();
        jdbc.sql("""
                insert into billing_statement (id, practice_id, month, version, closed_by, closed_at, patients)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(statement, practiceId, month.toString(), version, closedBy, at, evaluated.patients()).update();
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < evaluated.lines().size(); i++) {
            StatementLine l = evaluated.lines().get(i);
            lines.add(new Object[] {statement, i, l.patientId(), l.mrn(), l.patientName(), l.birthDate(), l.billingNpi(),
                    l.program().name(), l.code(), l.units(), l.dateOfService(), l.diagnosisCodes(), l.minutes(), l.explanation()});
        }
        batch.batchUpdate("""
                insert into billing_statement_line (statement_id, position, patient_id, mrn, patient_name, birth_date,
                       billing_npi, program, code, units, date_of_service, diagnosis_codes, minutes, explanation)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines);
        List<Object[]> refusals = new ArrayList<>();
        for (int i = 0; i < evaluated.refusals().size(); i++) {
            StatementRefusal r = evaluated.refusals().get(i);
            refusals.add(new Object[] {statement, i, r.patientId(), r.program().name(), r.reason()});
        }
        batch.batchUpdate("""
                insert into billing_statement_refusal (statement_id, position, patient_id, program, reason)
                values (?, ?, ?, ?, ?)""", refusals);
        jdbc.sql("""
                update billing_month set status = 'CLOSED', current_version = ?, closed_by = ?, closed_at = ?
                 where practice_id = ? and month = ?""")
                .params(version, closedBy, at, practiceId, month.toString()).update();
    }

    public void reopen(UUID practiceId, YearMonth month, String by, OffsetDateTime at, String reason) {
        jdbc.sql("""
                update billing_month set status = 'OPEN', reopened_by = ?, reopened_at = ?, reopen_reason = ?
                 where practice_id = ? and month = ?""")
                .params(by, at, reason, practiceId, month.toString()).update();
    }

    public Optional<BillingMonthStatement> load(UUID practiceId, YearMonth month, int version, String status) {
        return jdbc.sql("select id, closed_by, closed_at, patients from billing_statement where practice_id = ? and month = ? and version = ?")
                .params(practiceId, month.toString(), version)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<StatementLine> lines = jdbc.sql("""
                            select patient_id, mrn, patient_name, birth_date, billing_npi, program, code, units,
                                   date_of_service, diagnosis_codes, minutes, explanation
                              from billing_statement_line where statement_id = ? order by position""")
                            .param(id).query(StatementLine.class).list();
                    List<StatementRefusal> refusals = jdbc.sql("""
                            select r.patient_id, coalesce(p.mrn, '') as mrn, coalesce(p.family_name || ', ' || p.given_names, '') as patient_name,
                                   r.program, r.reason
                              from billing_statement_refusal r left join patient p on p.id = r.patient_id
                             where r.statement_id = ? order by r.position""")
                            .param(id).query(StatementRefusal.class).list();
                    return new BillingMonthStatement(practiceId, month.toString(), status, version,
                            rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class),
                            rs.getInt("patients"), lines, refusals);
                }).optional();
    }
}
