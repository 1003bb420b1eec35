package org.careloop.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.careloop.program.CareProgram;
import org.careloop.program.Performer;
import org.careloop.transition.MedicalDecisionMaking;

/**
 * Everything the billing rules need to know about one patient in one service month. Pure data: the engine
 * reads nothing else, so a what-if question and the month close get the same answer. {@code deviceReadingDays}:
 * the days with device readings in the 30-day device period billed this month; {@code rpmInteractiveCommunication}:
 * whether the care team had a real-time interactive communication (a call or visit reaching the patient) in the
 * month, which RPM treatment management needs (a what-if question assumes so unless it says otherwise);
 * {@code discharges}: the patient's discharges whose transitional care period ends this month, and those of the 30
 * days before (a second discharge within one period is not billed again).
 */
public record PatientMonth(YearMonth month, PatientFacts patient, List<EnrollmentFacts> enrollments,
                           List<LoggedTime> timeEntries, int deviceReadingDays, List<OtherService> otherServices,
                           boolean rpmInteractiveCommunication, List<DischargeFacts> discharges) {

    public PatientMonth(YearMonth month, PatientFacts patient, List<EnrollmentFacts> enrollments,
                        List<LoggedTime> timeEntries, int deviceReadingDays, List<OtherService> otherServices) {
        this(month, patient, enrollments, timeEntries, deviceReadingDays, otherServices, true);
    }

    public PatientMonth(YearMonth month, PatientFacts patient, List<EnrollmentFacts> enrollments,
                        List<LoggedTime> timeEntries, int deviceReadingDays, List<OtherService> otherServices,
                        boolean rpmInteractiveCommunication) {
        this(month, patient, enrollments, timeEntries, deviceReadingDays, otherServices, rpmInteractiveCommunication,
                List.of());
    }

    public PatientMonth {
        enrollments = enrollments == null ? List.of() : List.copyOf(enrollments);
        timeEntries = timeEntries == null ? List.of() : List.copyOf(timeEntries);
        otherServices = otherServices == null ? List.of() : List.copyOf(otherServices);
        discharges = discharges == null ? List.of() : List.copyOf(discharges);
        patient = patient == null ? new PatientFacts(0, false) : patient;
    }

    /** The same month with more services billed in it (the claim edits weigh transitional care billed here). */
    public PatientMonth alsoBilled(List<OtherService> services) {
        List<OtherService> all = new java.util.ArrayList<>(otherServices);
        all.addAll(services);
        return new PatientMonth(month, patient, enrollments, timeEntries, deviceReadingDays, all,
                rpmInteractiveCommunication, discharges);
    }

    /**
     * Chronic-condition count, Qualified Medicare Beneficiary status (APCM level 3) and the day the patient died
     * ({@code diedOn}, null while alive or when the day is unknown): no service after it is billable.
     */
    public record PatientFacts(int chronicConditionCount, boolean qmb, LocalDate diedOn) {

        public PatientFacts(int chronicConditionCount, boolean qmb) {
            this(chronicConditionCount, qmb, null);
        }
    }

    /**
     * One program enrollment: complex CCM needs moderate or high complexity medical decision making (the provider's
     * attestation); consent and the care plan are prerequisites; consent revocation ends billing at the end of
     * that month; {@code startDate} marks a new RPM episode (device set-up); {@code attested}: a provider attested
     * that the patient qualifies (a what-if question assumes so).
     */
    public record EnrollmentFacts(CareProgram program, boolean complex, LocalDate consentDate, LocalDate carePlanDate,
                                  String billingPractitioner, LocalDate startDate, LocalDate consentRevokedDate,
                                  boolean attested) {

        public EnrollmentFacts(CareProgram program, boolean complex, LocalDate consentDate, LocalDate carePlanDate,
                               String billingPractitioner, LocalDate startDate, LocalDate consentRevokedDate) {
            this(program, complex, consentDate, carePlanDate, billingPractitioner, startDate, consentRevokedDate, true);
        }
    }

    /** Minutes logged on one day for one program. */
    public record LoggedTime(LocalDate date, int minutes, Performer performer, CareProgram program) {
    }

    /**
     * A discharge to a community setting and the transitional care after it: the contact deadline (2 business days),
     * the day the patient was reached, the days of unsuccessful attempts, the reconciliation, the face-to-face visit
     * with its medical decision making and the NPI of the provider who saw the patient. {@code periodOver}: the 30
     * days starting on the discharge day have ended (a what-if question assumes so), so a death before day 30 is
     * known.
     */
    public record DischargeFacts(String facility, LocalDate dischargedOn, LocalDate contactDueBy, LocalDate contactedOn,
                                 List<LocalDate> attempts, LocalDate medicationsReconciledOn, LocalDate faceToFaceOn,
                                 MedicalDecisionMaking decisionMaking, String billingPractitioner, boolean periodOver) {

        public DischargeFacts {
            attempts = attempts == null ? List.of() : List.copyOf(attempts);
        }
    }

    /** A service billed outside care management, such as TCM (99495) or collaborative care, that rules interact with. */
    public record OtherService(String code, LocalDate date, String billingPractitioner) {
    }
}
