package org.careloop.chart.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.careloop.assessment.Assessments;
import org.careloop.billing.Thresholds;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientAllergy;
import org.careloop.patient.PatientRecord;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.TimeLog;
import org.springframework.stereotype.Component;

/** Builds the chart header from the services that own each part; every read is scoped and audited by them. */
@Component
class ChartHeaders {

    /** Flags raised by assessments of the last 90 days are the patient's active flags. */
    static final Period FLAGS_STAY_ACTIVE = Period.ofDays(90);

    private final ClinicalRecord clinicalRecord;
    private final ProgramEnrollments enrollments;
    private final TimeLog timeLog;
    private final Thresholds thresholds;
    private final Assessments assessments;
    private final Staff staff;
    private final Callers callers;
    private final Clock clock;

    ChartHeaders(ClinicalRecord clinicalRecord, ProgramEnrollments enrollments, TimeLog timeLog, Thresholds thresholds,
                 Assessments assessments, Staff staff, Callers callers, Clock clock) {
        this.clinicalRecord = clinicalRecord;
        this.enrollments = enrollments;
        this.timeLog = timeLog;
        this.thresholds = thresholds;
        this.assessments = assessments;
        this.staff = staff;
        this.callers = callers;
        this.clock = clock;
    }

    ChartHeader of(PatientRecord patient) {
        UUID id = patient.id();
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        List<Enrollment> open = enrollments.of(id).stream()
                .filter(e -> e.status() != EnrollmentStatus.DISENROLLED).toList();
        Map<CareProgram, Integer> minutes = timeLog.month(id, month).minutes();
        ChartHeader.Threshold next = open.stream()
                .flatMap(e -> {
                    int spent = minutes.getOrDefault(e.program(), 0);
                    return thresholds.next(e.program(), month, spent).stream()
                            .map(t -> new ChartHeader.Threshold(e.program(), t.code(), spent, t.minutesShort(),
                                    t.minutesNeeded()));
                })
                .min(Comparator.comparingInt(ChartHeader.Threshold::minutesShort)).orElse(null);
        OffsetDateTime flagsSince = today.minus(FLAGS_STAY_ACTIVE).atStartOfDay(clock.getZone()).toOffsetDateTime();
        List<String> flags = assessments.of(id).stream()
                .filter(a -> a.administeredAt() != null && !a.administeredAt().isBefore(flagsSince))
                .flatMap(a -> a.flags().stream()).distinct().sorted().toList();
        List<PatientAllergy> current = clinicalRecord.allergies(id).stream()
                .filter(a -> a.clinicalStatus() == null || !a.clinicalStatus().equalsIgnoreCase("resolved")
                        && !a.clinicalStatus().equalsIgnoreCase("inactive")).toList();
        List<String> allergies = current.stream().filter(a -> !NoKnownAllergy.states(a))
                .map(PatientAllergy::display).filter(Objects::nonNull).distinct().toList();
        List<String> noKnownAllergies = current.stream().filter(NoKnownAllergy::states)
                .map(a -> a.display() == null ? "No known allergy" : a.display()).distinct().toList();
        String careManager = patient.assignedCareManagerId() == null ? null
                : staff.find(patient.assignedCareManagerId()).map(Staff.Person::displayName).orElse(null);
        Integer age = patient.birthDate() == null ? null : Period.between(patient.birthDate(),
                patient.deceasedOn() != null ? patient.deceasedOn() : today).getYears();
        return new ChartHeader(id, patient.givenNames() + " " + patient.familyName(), age, patient.birthDate(),
                patient.sex(), patient.mrn(), patient.phone(), patient.bestTimeToCall(), patient.preferredLanguage(),
                open.stream().map(ChartHeaders::program).toList(),
                minutes.values().stream().mapToInt(Integer::intValue).sum(), next, careManager, allergies,
                noKnownAllergies, flags, patient.death().orElse(null),
                patient.death().isEmpty() && mayRecordDeath(callers.current()));
    }

    /** Those who record a death: care managers, nurses, providers and administrators (as the API allows). */
    static boolean mayRecordDeath(Caller caller) {
        return caller.hasRole(Role.CARE_MANAGER) || caller.hasRole(Role.NURSE) || caller.hasRole(Role.PROVIDER)
                || caller.hasRole(Role.ADMIN);
    }

    private static ChartHeader.Program program(Enrollment enrollment) {
        return enrollment.currentConsent()
                .map(consent -> new ChartHeader.Program(enrollment.program(), enrollment.status().name(),
                        consent.isRevoked() ? ChartHeader.Consent.REVOKED : ChartHeader.Consent.GIVEN,
                        consent.method().name(), consent.isRevoked() ? consent.revokedOn() : consent.obtainedOn()))
                .orElseGet(() -> new ChartHeader.Program(enrollment.program(), enrollment.status().name(),
                        ChartHeader.Consent.MISSING, null, null));
    }
}
