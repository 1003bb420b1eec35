package org.careloop.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientGate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alert protocols as data (seeded by the V170 migration) and the thresholds an admin adjusts for a practice or
 * one patient, each from a day on. What applies to a reading is the protocol row in effect on the reading's day,
 * with the patient's threshold when one is set, else the practice's, else CareLoop's default.
 */
@Service
public class AlertProtocols {

    static final String PATIENT_THRESHOLD = "AlertThreshold";

    /** Plausible thresholds per protocol test, so a slip ("1800") is refused rather than silencing alerts. */
    private static final Map<AlertProtocol.Test, BigDecimal[]> LIMITS = Map.of(
            AlertProtocol.Test.SYSTOLIC_OR_DIASTOLIC_AT_LEAST, new BigDecimal[] {new BigDecimal("120"), new BigDecimal("250")},
            AlertProtocol.Test.SYSTOLIC_BELOW, new BigDecimal[] {new BigDecimal("60"), new BigDecimal("120")},
            AlertProtocol.Test.GAIN_WITHIN_HOURS, new BigDecimal[] {new BigDecimal("0.5"), new BigDecimal("20")});
    private static final BigDecimal[] DIASTOLIC = {new BigDecimal("70"), new BigDecimal("150")};

    private final JdbcClient jdbc;
    private final Callers callers;
    private final PatientGate gate;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AlertProtocols(JdbcClient jdbc, Callers callers, PatientGate gate, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.callers = callers;
        this.gate = gate;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The protocols in effect on {@code day} for the patient of the practice (the patient may be null). */
    public List<AlertProtocol> inEffect(UUID practiceId, UUID patientId, LocalDate day) {
        return adjusted(defaults(day), practiceId, patientId, day);
    }

    /** The protocols as published, unadjusted, in effect on the day. */
    List<AlertProtocol> defaults(LocalDate day) {
        return jdbc.sql("""
                select distinct on (code) * from alert_protocol where effective_from <= ?
                 order by code, effective_from desc""").param(day).query(AlertProtocols::protocol).list();
    }

    /** The protocols in effect on the day, adjusted for the practice and the patient (when given). */
    List<AlertProtocol> adjusted(List<AlertProtocol> defaults, UUID practiceId, UUID patientId, LocalDate day) {
        List<Adjusted> adjustments = jdbc.sql("""
                select protocol_code, patient_id, threshold, threshold2 from alert_threshold
                 where practice_id = :practice and (patient_id is null or patient_id = :patient)
                   and effective_from <= :day
                 order by (patient_id is null), effective_from desc, set_at desc""")
                .param("practice", practiceId).param("patient", patientId).param("day", day)
                .query((rs, n) -> new Adjusted(rs.getString("protocol_code"), rs.getObject("patient_id") != null,
                        rs.getBigDecimal("threshold"), rs.getBigDecimal("threshold2"))).list();
        return defaults.stream().map(protocol -> {
            AlertProtocol applying = protocol;
            for (boolean forPatient : new boolean[] {false, true}) {
                AlertProtocol base = applying;
                applying = adjustments.stream().filter(a -> a.code().equals(protocol.code()) && a.forPatient() == forPatient)
                        .findFirst().map(a -> base.adjusted(a.threshold(), a.threshold2(), forPatient
                                ? AlertProtocol.Adjustment.PATIENT : AlertProtocol.Adjustment.PRACTICE))
                        .orElse(base);
            }
            return applying;
        }).toList();
    }

    /** The protocols of one of the caller's practices as they apply today. */
    public List<AlertProtocol> forPractice(UUID practiceId) {
        return inEffect(practiceOf(practiceId), null, today());
    }

    /** The protocols as they apply to the patient today; reading them is audited. */
    public List<AlertProtocol> forPatient(UUID patientId) {
        UUID practice = gate.open(patientId, AuditAction.READ, PATIENT_THRESHOLD).practiceId();
        return inEffect(practice, patientId, today());
    }

    /** Adjusts a protocol's threshold for one of the caller's practices; answers the protocol as it now applies. */
    @Transactional
    public AlertProtocol adjustForPractice(UUID practiceId, ThresholdChange change) {
        UUID practice = practiceOf(practiceId);
        AlertProtocol protocol = validated(change);
        store(practice, null, change);
        gate.recordForPractice(AuditAction.UPDATE, practice, "AlertProtocol", protocol.code(),
                org.careloop.audit.AuditOutcome.SUCCESS, protocol.code() + " threshold " + change.threshold()
                        + (change.threshold2() == null ? "" : "/" + change.threshold2()) + " from " + from(change));
        return find(inEffect(practice, null, from(change)), protocol.code());
    }

    /** Adjusts a protocol's threshold for one patient (audited as a change to the patient's data). */
    public AlertProtocol adjustForPatient(UUID patientId, ThresholdChange change) {
        AlertProtocol protocol = validated(change);
        // the scope check (and a refusal's audit event) outside the transaction, so a refusal stays on the trail
        gate.check(patientId, AuditAction.UPDATE, PATIENT_THRESHOLD);
        return transaction.execute(status -> gate.change(patientId, AuditAction.UPDATE, PATIENT_THRESHOLD, protocol.code(), access -> {
            store(access.practiceId(), patientId, change);
            return find(inEffect(access.practiceId(), patientId, from(change)), protocol.code());
        }));
    }

    /** A second adjustment from the same day replaces the first. */
    private void store(UUID practice, UUID patient, ThresholdChange change) {
        jdbc.sql("""
                delete from alert_threshold
                 where protocol_code = ? and practice_id = ? and patient_id is not distinct from ? and effective_from = ?""")
                .params(change.code().trim(), practice, patient, from(change)).update();
        jdbc.sql("""
                insert into alert_threshold (id, protocol_code, practice_id, patient_id, effective_from, threshold,
                                             threshold2, set_by, set_at, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), change.code().trim(), practice, patient, from(change), change.threshold(),
                        change.threshold2(), callers.current().userId(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        change.note() == null || change.note().isBlank() ? null : change.note().trim())
                .update();
    }

    private AlertProtocol validated(ThresholdChange change) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<AlertProtocol> protocol = change.code() == null ? Optional.empty()
                : inEffect(null, null, today()).stream().filter(p -> p.code().equals(change.code().trim())).findFirst();
        if (protocol.isEmpty()) {
            problems.put("code", "must name an alert protocol, such as BP_SEVERE_HIGH");
            throw new InvalidRequest("Invalid code", problems);
        }
        AlertProtocol known = protocol.get();
        if (known.test() == AlertProtocol.Test.CARE_PLAN_GOAL) {
            problems.put("code", "follows the patient's care-plan goal: change the goal on the care plan instead");
        } else if (change.threshold() == null) {
            problems.put("threshold", "is required");
        } else if (!plausible(known, change.threshold())) {
            BigDecimal[] range = limits(known);
            problems.put("threshold", "must be between " + AlertProtocol.plain(range[0]) + " and "
                    + AlertProtocol.plain(range[1]) + " " + known.unit());
        }
        if (change.threshold2() != null) {
            if (known.test() != AlertProtocol.Test.SYSTOLIC_OR_DIASTOLIC_AT_LEAST) {
                problems.put("threshold2", "is only for the diastolic pressure of " + "BP_SEVERE_HIGH");
            } else if (change.threshold2().compareTo(DIASTOLIC[0]) < 0 || change.threshold2().compareTo(DIASTOLIC[1]) > 0) {
                problems.put("threshold2", "must be between 70 and 150 mmHg");
            }
        }
        if (change.effectiveFrom() != null && change.effectiveFrom().isBefore(today())) {
            problems.put("effectiveFrom", "must be today or later: past alerts keep the threshold that applied");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return known;
    }

    private static boolean plausible(AlertProtocol protocol, BigDecimal value) {
        BigDecimal[] range = limits(protocol);
        return value.compareTo(range[0]) >= 0 && value.compareTo(range[1]) <= 0;
    }

    private static BigDecimal[] limits(AlertProtocol protocol) {
        BigDecimal[] fixed = LIMITS.get(protocol.test());
        if (fixed != null) {
            return fixed;
        }
        ReadingKind.Range range = protocol.readingKind().range(protocol.unit()).orElseThrow();
        return new BigDecimal[] {range.low(), range.high()};
    }

    private UUID practiceOf(UUID practiceId) {
        Caller caller = callers.current();
        if (practiceId == null) {
            if (caller.practiceIds().size() != 1) {
                throw new InvalidRequest("Invalid practiceId",
                        Map.of("practiceId", "is required when you work in more than one practice"));
            }
            return caller.practiceIds().iterator().next();
        }
        if (!caller.worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        return practiceId;
    }

    private static AlertProtocol find(List<AlertProtocol> protocols, String code) {
        return protocols.stream().filter(p -> p.code().equals(code.trim())).findFirst().orElseThrow();
    }

    private LocalDate from(ThresholdChange change) {
        return change.effectiveFrom() == null ? today() : change.effectiveFrom();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Adjusted(String code, boolean forPatient, BigDecimal threshold, BigDecimal threshold2) {
    }

    private static AlertProtocol protocol(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("reading_kind");
        return new AlertProtocol(rs.getString("code"), rs.getObject("effective_from", LocalDate.class),
                rs.getString("name"), kind == null ? null : ReadingKind.valueOf(kind),
                AlertProtocol.Test.valueOf(rs.getString("test")), rs.getBigDecimal("threshold"),
                rs.getBigDecimal("threshold2"), rs.getString("unit"), (Integer) rs.getObject("window_hours"),
                rs.getString("condition_category"), rs.getString("suppressed_by"),
                AlertSeverity.valueOf(rs.getString("severity")), rs.getString("route_pool"), rs.getInt("due_in_days"),
                rs.getString("worklist_reason"), rs.getString("instruction"), rs.getString("clinical_source"),
                AlertProtocol.Adjustment.DEFAULT);
    }
}
