package org.careloop.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.careloop.billing.PatientMonth.EnrollmentFacts;
import org.careloop.billing.PatientMonth.LoggedTime;
import org.careloop.billing.PatientMonth.OtherService;
import org.careloop.billing.PatientMonth.PatientFacts;
import org.careloop.program.CareProgram;
import org.careloop.program.Performer;

/** Builds patient-months for billing tests in the words of the scenario. */
final class PatientMonths {

    static final String DR_CHEN = "1234567893";
    static final String DR_OSEI = "1245319599";

    private YearMonth month = YearMonth.of(2026, 10);
    private int conditions = 3;
    private boolean qmb;
    private final List<EnrollmentFacts> enrollments = new ArrayList<>();
    private final List<LoggedTime> time = new ArrayList<>();
    private final List<OtherService> others = new ArrayList<>();
    private int deviceDays;
    private boolean interactiveCommunication = true;
    private LocalDate diedOn;

    static PatientMonths in(int year, int month) {
        PatientMonths builder = new PatientMonths();
        builder.month = YearMonth.of(year, month);
        return builder;
    }

    static PatientMonths october2026() {
        return in(2026, 10);
    }

    PatientMonths chronicConditions(int count) {
        this.conditions = count;
        return this;
    }

    PatientMonths qualifiedMedicareBeneficiary() {
        this.qmb = true;
        return this;
    }

    PatientMonths enrolled(CareProgram program) {
        return enrolled(program, DR_CHEN);
    }

    PatientMonths enrolled(CareProgram program, String npi) {
        enrollments.add(new EnrollmentFacts(program, false, month.atDay(1).minusMonths(1), month.atDay(1).minusMonths(1),
                npi, month.atDay(1).minusMonths(2), null));
        return this;
    }

    PatientMonths enrolledComplex() {
        enrollments.add(new EnrollmentFacts(CareProgram.CCM, true, month.atDay(1).minusMonths(1), month.atDay(1).minusMonths(1),
                DR_CHEN, null, null));
        return this;
    }

    PatientMonths enrolledWith(EnrollmentFacts enrollment) {
        enrollments.add(enrollment);
        return this;
    }

    PatientMonths staffMinutes(CareProgram program, int... minutes) {
        int day = 1;
        for (int m : minutes) {
            time.add(new LoggedTime(month.atDay(day++), m, Performer.CLINICAL_STAFF, program));
        }
        return this;
    }

    PatientMonths practitionerMinutes(CareProgram program, int minutes) {
        time.add(new LoggedTime(month.atDay(20), minutes, Performer.BILLING_PRACTITIONER, program));
        return this;
    }

    PatientMonths minutesOn(LocalDate date, int minutes, CareProgram program) {
        time.add(new LoggedTime(date, minutes, Performer.CLINICAL_STAFF, program));
        return this;
    }

    PatientMonths diedOn(LocalDate day) {
        this.diedOn = day;
        return this;
    }

    /** No call or visit reached the patient this month. */
    PatientMonths withoutInteractiveCommunication() {
        this.interactiveCommunication = false;
        return this;
    }

    PatientMonths deviceReadingDays(int days) {
        this.deviceDays = days;
        return this;
    }

    PatientMonths otherService(String code, int dayOfMonth, String npi) {
        others.add(new OtherService(code, month.atDay(dayOfMonth), npi));
        return this;
    }

    PatientMonths otherServiceOn(String code, LocalDate date, String npi) {
        others.add(new OtherService(code, date, npi));
        return this;
    }

    PatientMonth build() {
        return new PatientMonth(month, new PatientFacts(conditions, qmb, diedOn), enrollments, time, deviceDays, others,
                interactiveCommunication);
    }
}
