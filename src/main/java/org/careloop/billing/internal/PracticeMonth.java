package org.careloop.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.billing.BillingEngine;
import org.careloop.billing.BillingLine;
import org.careloop.billing.BillingResult;
import org.careloop.billing.PatientMonth;
import org.careloop.billing.Refusal;
import org.careloop.billing.StatementLine;
import org.careloop.billing.StatementRefusal;
import org.careloop.careplan.CarePlanEvidence;
import org.careloop.enrollment.BillableEnrollment;
import org.careloop.enrollment.ChronicConditionCounts;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.MonthEntry;
import org.careloop.timetracking.TimeLedger;
import org.springframework.stereotype.Component;

/**
 * Gathers a practice's month from the stored data — enrollments with consent, care-plan dates, chronic
 * conditions, time entries — in a handful of set queries, and runs every patient through the billing engine.
 */
@Component
public class PracticeMonth {

    /** Everything the statement holds, in patient name order. */
    public record Evaluated(int patients, List<StatementLine> lines, List<StatementRefusal> refusals,
                            Set<UUID> patientIds) {
    }

    private final BillingEngine engine;
    private final ProgramEnrollments enrollments;
    private final ChronicConditionCounts chronicConditions;
    private final CarePlanEvidence carePlans;
    private final TimeLedger timeLedger;
    private final PatientRoster roster;

    PracticeMonth(BillingEngine engine, ProgramEnrollments enrollments, ChronicConditionCounts chronicConditions,
                  CarePlanEvidence carePlans, TimeLedger timeLedger, PatientRoster roster) {
        this.engine = engine;
        this.enrollments = enrollments;
        this.chronicConditions = chronicConditions;
        this.carePlans = carePlans;
        this.timeLedger = timeLedger;
        this.roster = roster;
    }

    public Evaluated evaluate(UUID practiceId, YearMonth month) {
        Map<UUID, List<BillableEnrollment>> enrolled = new HashMap<>();
        enrollments.billableIn(practiceId, month).forEach(e -> enrolled.computeIfAbsent(e.patientId(), id -> new ArrayList<>()).add(e));
        Map<UUID, List<PatientMonth.LoggedTime>> time = new HashMap<>();
        for (MonthEntry entry : timeLedger.entriesIn(practiceId, month)) {
            time.computeIfAbsent(entry.patientId(), id -> new ArrayList<>()).add(new PatientMonth.LoggedTime(entry.date(),
                    entry.minutes(), entry.performer(), entry.program()));
        }
        Map<UUID, ChronicConditionCounts.ChronicBurden> burden = chronicConditions.ofPractice(practiceId);
        Map<UUID, Map<CareProgram, LocalDate>> plans = carePlans.establishedDates(practiceId);
        Map<UUID, PatientRoster.RosterEntry> patients = roster.ofPractice(practiceId);

        Set<UUID> involved = new HashSet<>(enrolled.keySet());
        involved.addAll(time.keySet());
        List<PatientRoster.RosterEntry> ordered = involved.stream().map(patients::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName)
                        .thenComparing(PatientRoster.RosterEntry::givenNames).thenComparing(PatientRoster.RosterEntry::id))
                .toList();
        List<StatementLine> lines = new ArrayList<>();
        List<StatementRefusal> refusals = new ArrayList<>();
        for (PatientRoster.RosterEntry patient : ordered) {
            ChronicConditionCounts.ChronicBurden chronic = burden.getOrDefault(patient.id(),
                    new ChronicConditionCounts.ChronicBurden(0, List.of()));
            List<BillableEnrollment> programs = enrolled.getOrDefault(patient.id(), List.of());
            PatientMonth patientMonth = new PatientMonth(month,
                    new PatientMonth.PatientFacts(chronic.categories(), qualifiedMedicareBeneficiary(programs, month),
                            patient.deceasedOn()),
                    programs.stream().filter(e -> e.program() != CareProgram.TCM)
                            .map(e -> facts(e, plans.getOrDefault(patient.id(), Map.of()))).toList(),
                    time.getOrDefault(patient.id(), List.of()), 0, List.of());
            BillingResult result = engine.evaluate(patientMonth);
            String diagnoses = String.join("; ", chronic.diagnosisCodes().stream().sorted().toList());
            for (BillingLine line : result.lines()) {
                lines.add(new StatementLine(patient.id(), patient.mrn(), patient.displayName(), patient.birthDate(),
                        line.billingPractitioner(), line.program(), line.code(), line.units(), line.dateOfService(),
                        diagnoses, line.minutes(), line.explanation()));
            }
            for (Refusal refusal : result.notBillable()) {
                refusals.add(new StatementRefusal(patient.id(), patient.mrn(), patient.displayName(),
                        refusal.program(), refusal.reason()));
            }
        }
        return new Evaluated(ordered.size(), lines, refusals, involved);
    }

    private static boolean qualifiedMedicareBeneficiary(List<BillableEnrollment> programs, YearMonth month) {
        return programs.stream().anyMatch(e -> e.qmbVerifiedOn() != null && !e.qmbVerifiedOn().isAfter(month.atEndOfMonth()));
    }

    private static PatientMonth.EnrollmentFacts facts(BillableEnrollment e, Map<CareProgram, LocalDate> plans) {
        // APCM rests on the patient's comprehensive care plan, whichever program it was written for
        LocalDate carePlan = plans.get(e.program());
        if (carePlan == null && e.program() == CareProgram.APCM) {
            carePlan = plans.values().stream().min(Comparator.naturalOrder()).orElse(null);
        }
        return new PatientMonth.EnrollmentFacts(e.program(), e.complex(), e.consentOn(), carePlan,
                e.billingPractitionerNpi(), e.startOn(), e.consentRevokedOn());
    }
}
