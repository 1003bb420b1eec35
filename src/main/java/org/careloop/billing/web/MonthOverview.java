package org.careloop.billing.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.StatementLine;
import org.careloop.billing.StatementRefusal;
import org.careloop.billing.Thresholds;
import org.careloop.program.CareProgram;
import org.careloop.program.Performer;
import org.careloop.timetracking.MonthEntry;

/**
 * What the billing month page shows: the statement regrouped by patient, with each patient's minutes, and the
 * patients whose clinical-staff minutes are within reach of the next billable threshold.
 */
record MonthOverview(BillingMonthStatement statement, List<PatientRow> patients, List<NearThreshold> nearThreshold,
                     Map<String, Integer> unitsByCode) {

    /** Patients this close to a threshold (in minutes) are worth a call before the month ends. */
    static final int WITHIN_REACH = 10;

    /** One patient of the month: minutes logged, claim lines, and the programs not billed with their reasons. */
    record PatientRow(UUID patientId, String name, String mrn, LocalDate birthDate, int minutes,
                      List<StatementLine> lines, List<StatementRefusal> refusals) {
    }

    /** A patient's program a few minutes short of its next code. */
    record NearThreshold(String name, String mrn, CareProgram program, int minutes, String code, int minutesShort,
                         int minutesNeeded) {
    }

    static MonthOverview of(BillingMonthStatement statement, List<MonthEntry> entries, Thresholds thresholds) {
        YearMonth month = YearMonth.parse(statement.month());
        Map<UUID, Integer> minutes = new HashMap<>();
        Map<UUID, Map<CareProgram, Integer>> clinicalStaffMinutes = new HashMap<>();
        for (MonthEntry entry : entries) {
            minutes.merge(entry.patientId(), entry.minutes(), Integer::sum);
            if (entry.performer() == Performer.CLINICAL_STAFF) {
                clinicalStaffMinutes.computeIfAbsent(entry.patientId(), id -> new HashMap<>())
                        .merge(entry.program(), entry.minutes(), Integer::sum);
            }
        }
        Map<UUID, PatientRow> rows = new LinkedHashMap<>();
        for (StatementLine line : statement.lines()) {
            row(rows, line.patientId(), line.patientName(), line.mrn(), line.birthDate(), minutes).lines().add(line);
        }
        for (StatementRefusal refusal : statement.notBillable()) {
            row(rows, refusal.patientId(), refusal.patientName(), refusal.mrn(), null, minutes).refusals().add(refusal);
        }
        List<PatientRow> patients = rows.values().stream()
                .sorted(Comparator.comparing(PatientRow::name).thenComparing(PatientRow::mrn)).toList();
        List<NearThreshold> near = new ArrayList<>();
        if (statement.status().equals("OPEN")) {
            for (PatientRow patient : patients) {
                clinicalStaffMinutes.getOrDefault(patient.patientId(), Map.of()).forEach((program, spent) ->
                        thresholds.next(program, month, spent)
                                .filter(next -> next.minutesShort() <= WITHIN_REACH)
                                .ifPresent(next -> near.add(new NearThreshold(patient.name(), patient.mrn(), program, spent,
                                        next.code(), next.minutesShort(), next.minutesNeeded()))));
            }
            near.sort(Comparator.comparingInt(NearThreshold::minutesShort).thenComparing(NearThreshold::name));
        }
        return new MonthOverview(statement, patients, near, statement.unitsByCode());
    }

    private static PatientRow row(Map<UUID, PatientRow> rows, UUID id, String name, String mrn, LocalDate birthDate,
                                  Map<UUID, Integer> minutes) {
        PatientRow existing = rows.get(id);
        if (existing != null && existing.birthDate() == null && birthDate != null) {
            existing = new PatientRow(id, name, mrn, birthDate, existing.minutes(), existing.lines(), existing.refusals());
            rows.put(id, existing);
        }
        return existing != null ? existing : rows.computeIfAbsent(id, key ->
                new PatientRow(id, name, mrn, birthDate, minutes.getOrDefault(id, 0), new ArrayList<>(), new ArrayList<>()));
    }

    public boolean closed() {
        return statement.status().equals("CLOSED");
    }

    public int maxUnits() {
        return unitsByCode.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
