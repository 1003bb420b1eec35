package org.careloop.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.billing.BillingEngine;
import org.careloop.billing.BillingLine;
import org.careloop.billing.BillingResult;
import org.careloop.billing.PatientMonth;
import org.careloop.billing.ProblemDiagnosis;
import org.careloop.billing.Refusal;
import org.careloop.billing.StatementLine;
import org.careloop.billing.StatementRefusal;
import org.careloop.careplan.CarePlanEvidence;
import org.careloop.enrollment.BillableEnrollment;
import org.careloop.enrollment.ChronicConditionCounts;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.monitoring.DeviceDays;
import org.careloop.outreach.Outreach;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.MonthEntry;
import org.careloop.timetracking.TimeLedger;
import org.careloop.transition.DischargeCare;
import org.careloop.transition.Transitions;
import org.springframework.beans.factory.annotation.Value;
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
    private final ClaimDetails claims;
    private final DiagnosisMap diagnosisMap;
    private final String placeOfService;
    private final DeviceDays deviceDays;
    private final Outreach outreach;
    private final Transitions transitions;
    private final java.time.Clock clock;

    PracticeMonth(BillingEngine engine, ProgramEnrollments enrollments, ChronicConditionCounts chronicConditions,
                  CarePlanEvidence carePlans, TimeLedger timeLedger, PatientRoster roster, ClaimDetails claims,
                  DiagnosisMap diagnosisMap, @Value("${careloop.billing.place-of-service:11}") String placeOfService,
                  DeviceDays deviceDays, Outreach outreach, Transitions transitions, java.time.Clock clock) {
        this.transitions = transitions;
        this.clock = clock;
        this.deviceDays = deviceDays;
        this.outreach = outreach;
        this.claims = claims;
        this.diagnosisMap = diagnosisMap;
        this.placeOfService = placeOfService;
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
        Map<UUID, DeviceDays.Period> devicePeriods = deviceDays.endingIn(practiceId, month);
        Set<UUID> rpmPatients = enrolled.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(b -> b.program() == CareProgram.RPM))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        Set<UUID> talkedWith = outreach.reachedLiveIn(rpmPatients, month);

        Map<UUID, List<DischargeCare>> discharges = discharges(practiceId, month);
        Set<UUID> involved = new HashSet<>(enrolled.keySet());
        involved.addAll(time.keySet());
        discharges.forEach((patient, cared) -> {
            if (cared.stream().anyMatch(care -> YearMonth.from(care.periodEndsOn()).equals(month))) {
                involved.add(patient);
            }
        });
        List<PatientRoster.RosterEntry> ordered = involved.stream().map(patients::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName)
                        .thenComparing(PatientRoster.RosterEntry::givenNames).thenComparing(PatientRoster.RosterEntry::id))
                .toList();
        Map<UUID, List<ProblemDiagnosis>> diagnosed = diagnoses(practiceId);
        Map<UUID, String> medicareIds = roster.medicareIds(practiceId);
        org.careloop.identity.Practices.BillingIdentity provider = claims.billingProvider(practiceId);
        List<ClaimDetails.Fee> fees = claims.fees(practiceId);
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
                    time.getOrDefault(patient.id(), List.of()),
                    devicePeriods.containsKey(patient.id()) ? devicePeriods.get(patient.id()).days() : 0, List.of(),
                    talkedWith.contains(patient.id()), TransitionalCareClaims.facts(
                            discharges.getOrDefault(patient.id(), List.of()), LocalDate.now(clock)));
            BillingResult result = engine.evaluate(patientMonth);
            List<ProblemDiagnosis> problems = diagnosed.getOrDefault(patient.id(), List.of());
            String chronicDiagnoses = String.join("; ", Diagnoses.pointers(problems));
            Map<CareProgram, String> undiagnosed = new java.util.EnumMap<>(CareProgram.class);
            for (BillingLine line : result.lines()) {
                // transitional care is claimed with the diagnoses of the stay, when the hospital coded them
                Optional<String> ofTheStay = TransitionalCareClaims.diagnoses(line,
                        discharges.getOrDefault(patient.id(), List.of()));
                String diagnoses = ofTheStay.orElse(chronicDiagnoses);
                Optional<String> refused = ofTheStay.isPresent() ? Optional.empty()
                        : Diagnoses.refusal(line.program(), problems);
                if (refused.isPresent()) {
                    undiagnosed.putIfAbsent(line.program(), refused.get());
                    continue;
                }
                Optional<ClaimDetails.Fee> fee = ClaimDetails.feeOn(fees, line.code(), line.dateOfService());
                if (fee.isEmpty()) {
                    refusals.add(new StatementRefusal(patient.id(), patient.mrn(), patient.displayName(), line.program(),
                            "no fee for " + line.code() + " in the practice's fee schedule: the charge is blank until an"
                                    + " administrator sets one"));
                }
                lines.add(new StatementLine(patient.id(), patient.mrn(), patient.displayName(), patient.birthDate(),
                        line.billingPractitioner(), line.program(), line.code(), line.units(), line.dateOfService(),
                        diagnoses, line.minutes(), line.explanation(), medicareIds.get(patient.id()), provider.groupNpi(),
                        provider.tin(), placeOfService, fee.map(f -> f.cents() * line.units()).orElse(null)));
            }
            undiagnosed.forEach((program, reason) -> refusals.add(new StatementRefusal(patient.id(), patient.mrn(),
                    patient.displayName(), program, reason)));
            for (Refusal refusal : result.notBillable()) {
                refusals.add(new StatementRefusal(patient.id(), patient.mrn(), patient.displayName(),
                        refusal.program(), refusal.reason()));
            }
        }
        return new Evaluated(ordered.size(), lines, refusals, involved);
    }

    /** The practice's discharges whose period ends this month, and those of the 30 days before, by patient. */
    private Map<UUID, List<DischargeCare>> discharges(UUID practiceId, YearMonth month) {
        return transitions.dischargesEnding(practiceId, month.atDay(1).minusDays(30), month.atEndOfMonth()).stream()
                .collect(java.util.stream.Collectors.groupingBy(DischargeCare::patientId));
    }

    /** Each patient's chronic problems with their claim diagnoses, as the month close would put them on a claim. */
    public Map<UUID, List<ProblemDiagnosis>> diagnoses(UUID practiceId) {
        Map<UUID, Map<String, String>> choices = claims.choices(practiceId);
        Map<UUID, List<ProblemDiagnosis>> diagnosed = new HashMap<>();
        chronicConditions.problemsOfPractice(practiceId).forEach((patient, problems) -> diagnosed.put(patient,
                Diagnoses.of(problems, choices.getOrDefault(patient, Map.of()), diagnosisMap)));
        return diagnosed;
    }

    /** What blocks each of these patients' enrollments from billing this month (empty when nothing does). */
    public Map<UUID, List<Prerequisites.Blocker>> blockers(UUID practiceId, java.util.Collection<UUID> patientIds,
                                                            YearMonth month) {
        Map<UUID, Map<CareProgram, LocalDate>> plans = carePlans.establishedDates(practiceId);
        Map<UUID, List<Prerequisites.Blocker>> blockers = new HashMap<>();
        Set<UUID> wanted = new HashSet<>(patientIds);
        for (BillableEnrollment enrollment : enrollments.billableIn(practiceId, month)) {
            if (!wanted.contains(enrollment.patientId()) || enrollment.program() == CareProgram.TCM) {
                continue;
            }
            List<Prerequisites.Blocker> found = blockers.computeIfAbsent(enrollment.patientId(), id -> new ArrayList<>());
            // the worklist lists living patients only, so a death date never blocks here
            Prerequisites.blockers(facts(enrollment, plans.getOrDefault(enrollment.patientId(), Map.of())), month, null)
                    .stream().filter(blocker -> !found.contains(blocker)).forEach(found::add);
        }
        return blockers;
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
                e.billingPractitionerNpi(), e.startOn(), e.consentRevokedOn(), e.attested());
    }
}
