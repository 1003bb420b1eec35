package org.careloop.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.careloop.billing.PatientMonth.DischargeFacts;
import org.careloop.billing.PatientMonth.EnrollmentFacts;
import org.careloop.billing.PatientMonth.LoggedTime;
import org.careloop.billing.PatientMonth.OtherService;
import org.careloop.billing.PatientMonth.PatientFacts;
import org.careloop.program.CareProgram;
import org.careloop.program.Performer;
import org.careloop.transition.MedicalDecisionMaking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.billing.PatientMonths.DR_CHEN;
import static org.careloop.billing.PatientMonths.DR_OSEI;
import static org.careloop.transition.MedicalDecisionMaking.HIGH;
import static org.careloop.transition.MedicalDecisionMaking.MODERATE;

/**
 * TCM from a stored discharge: contact within 2 business days (or two attempts in them), reconciliation by the visit,
 * 99496 for high complexity seen by day 7, 99495 for moderate (or high seen late) by day 14; once per 30 days, billed
 * in the month day 30 falls in, never when the patient died before day 30.
 */
class TransitionalCareBillingTests {

    /** Discharged Tuesday November 3, 2026: contact due Thursday the 5th, day 30 is December 2. */
    static final LocalDate DISCHARGED = LocalDate.of(2026, 11, 3);
    static final LocalDate CONTACT_DUE = LocalDate.of(2026, 11, 5);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    final BillingEngine engine = new BillingEngine(BillingSettings.conservative());

    @ParameterizedTest(name = "contact on business day {0}, {1}-complexity visit on day {2}: [{3}]")
    @CsvSource({
            "2, HIGH, 7, 99496", "2, HIGH, 8, 99495", "2, HIGH, 14, 99495", "2, HIGH, 15, ''",
            "2, MODERATE, 7, 99495", "2, MODERATE, 14, 99495", "2, MODERATE, 15, ''",
            "1, HIGH, 1, 99496", "3, HIGH, 7, ''", "3, MODERATE, 14, ''"})
    void theCodeFollowsTheContactTheDecisionMakingAndTheVisitDay(int contactBusinessDay, MedicalDecisionMaking mdm,
                                                                 int visitDay, String expected) {
        // business days after Tue Nov 3: Wed 4, Thu 5, Fri 6
        LocalDate contacted = DISCHARGED.plusDays(contactBusinessDay);
        BillingResult result = bill(DECEMBER, discharge(contacted, List.of(), DISCHARGED.plusDays(visitDay), mdm));
        assertThat(codes(result)).isEqualTo(expected);
    }

    @Test
    void theLineIsDatedOnTheVisitAndExplainsEachElement() {
        BillingResult result = bill(DECEMBER, discharge(DISCHARGED.plusDays(1), List.of(), DISCHARGED.plusDays(6), HIGH));
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.program()).isEqualTo(CareProgram.TCM);
            assertThat(line.dateOfService()).isEqualTo(DISCHARGED.plusDays(6));
            assertThat(line.billingPractitioner()).isEqualTo(DR_CHEN);
            assertThat(line.explanation()).isEqualTo("Discharged Nov 3 from Mercy General; patient reached Nov 4 (due"
                    + " by Nov 5); medications reconciled Nov 5; high-complexity face-to-face visit Nov 9, day 6: 99496;"
                    + " 30-day period ended Dec 2");
        });
    }

    @Test
    void aContactOnTheThirdBusinessDayIsRefusedSayingWhen() {
        BillingResult result = bill(DECEMBER, discharge(DISCHARGED.plusDays(3), List.of(), DISCHARGED.plusDays(6), HIGH));
        assertThat(result.notBillable()).singleElement().satisfies(refusal -> assertThat(refusal.reason())
                .isEqualTo("Discharge Nov 3 from Mercy General: no interactive contact within 2 business days (by"
                        + " Nov 5); the patient was reached on Nov 6, too late"));
    }

    @Test
    void twoUnsuccessfulAttemptsInTheWindowStandInForTheContactAndOneDoesNot() {
        assertThat(codes(bill(DECEMBER, discharge(DISCHARGED.plusDays(8),
                List.of(DISCHARGED.plusDays(1), CONTACT_DUE), DISCHARGED.plusDays(10), MODERATE)))).isEqualTo("99495");
        BillingResult one = bill(DECEMBER, discharge(null, List.of(DISCHARGED.plusDays(1), DISCHARGED.plusDays(3)),
                DISCHARGED.plusDays(10), MODERATE));
        assertThat(one.lines()).isEmpty();
        assertThat(one.notBillable().get(0).reason()).contains("one unsuccessful attempt in time, and two are needed");
    }

    @Test
    void aPatientWhoDiedBeforeDay30IsNotBilledAndOneWhoDiedOnDay30Is() {
        DischargeFacts care = discharge(DISCHARGED.plusDays(1), List.of(), DISCHARGED.plusDays(5), HIGH);
        BillingResult died = engine.evaluate(month(DECEMBER, LocalDate.of(2026, 12, 1), List.of(care)));
        assertThat(died.lines()).isEmpty();
        assertThat(died.notBillable()).singleElement().satisfies(refusal -> assertThat(refusal.reason())
                .contains("the patient died on Dec 1, before day 30 (Dec 2): TCM is not reported"));
        assertThat(codes(engine.evaluate(month(DECEMBER, LocalDate.of(2026, 12, 2), List.of(care))))).isEqualTo("99496");
    }

    @Test
    void aSecondDischargeWithinThe30DaysIsNotBilledAgain() {
        DischargeFacts first = discharge(DISCHARGED.plusDays(1), List.of(), DISCHARGED.plusDays(5), HIGH);
        LocalDate again = DISCHARGED.plusDays(12);
        DischargeFacts second = new DischargeFacts("Mercy General", again, again.plusDays(2), again.plusDays(1),
                List.of(), again.plusDays(2), again.plusDays(4), HIGH, DR_CHEN, true);
        BillingResult result = bill(DECEMBER, first, second);
        assertThat(codes(result)).isEqualTo("99496");
        assertThat(result.notBillable()).singleElement().satisfies(refusal -> assertThat(refusal.reason())
                .contains("Discharge Nov 15").contains("within the 30-day period of the discharge on Nov 3")
                .contains("once per 30 days"));
    }

    @Test
    void aDischargeWithinTheBilledPeriodOfLastMonthsDischargeIsRefusedToo() {
        LocalDate october = LocalDate.of(2026, 10, 20);
        DischargeFacts billedInNovember = new DischargeFacts("Mercy General", october, october.plusDays(2),
                october.plusDays(1), List.of(), october.plusDays(3), october.plusDays(6), MODERATE, DR_CHEN, true);
        DischargeFacts readmitted = discharge(DISCHARGED.plusDays(1), List.of(), DISCHARGED.plusDays(5), HIGH);
        BillingResult result = bill(DECEMBER, billedInNovember, readmitted);
        assertThat(result.lines()).isEmpty();
        assertThat(result.notBillable()).singleElement().satisfies(refusal -> assertThat(refusal.reason())
                .contains("within the 30-day period of the discharge on Oct 20"));
    }

    @Test
    void transitionalCareWaitsForDay30AndForAReconciliationByTheVisit() {
        DischargeFacts running = new DischargeFacts("Mercy General", DISCHARGED, CONTACT_DUE, DISCHARGED.plusDays(1),
                List.of(), DISCHARGED.plusDays(2), DISCHARGED.plusDays(5), HIGH, DR_CHEN, false);
        assertThat(bill(DECEMBER, running).notBillable().get(0).reason())
                .contains("its 30-day period runs to Dec 2; TCM is reported once it has ended");
        DischargeFacts lateReconciliation = new DischargeFacts("Mercy General", DISCHARGED, CONTACT_DUE,
                DISCHARGED.plusDays(1), List.of(), DISCHARGED.plusDays(6), DISCHARGED.plusDays(5), HIGH, DR_CHEN, true);
        assertThat(bill(DECEMBER, lateReconciliation).notBillable().get(0).reason())
                .contains("medications were not reconciled by the face-to-face visit on Nov 8 (reconciled Nov 9)");
        assertThat(bill(YearMonth.of(2026, 11), discharge(DISCHARGED.plusDays(1), List.of(), DISCHARGED.plusDays(5),
                HIGH)).lines()).as("billed in December, when day 30 falls").isEmpty();
    }

    @Test
    void transitionalCareIsBilledBesideCcmButKeepsApcmFromTheSamePractitionerAndATcmBilledElsewhereWins() {
        // discharged Friday November 20, reached Monday the 23rd, seen December 1 (day 11), day 30 December 19
        LocalDate friday = LocalDate.of(2026, 11, 20);
        DischargeFacts care = new DischargeFacts("Mercy General", friday, LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 23), List.of(), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 1), MODERATE,
                DR_CHEN, true);
        PatientMonth withCcm = new PatientMonth(DECEMBER, new PatientFacts(3, false),
                List.of(enrolled(CareProgram.CCM, DR_CHEN)),
                List.of(new LoggedTime(LocalDate.of(2026, 12, 10), 25, Performer.CLINICAL_STAFF, CareProgram.CCM)),
                0, List.of(), true, List.of(care));
        assertThat(codes(engine.evaluate(withCcm))).isEqualTo("99490 99495");

        PatientMonth withApcm = new PatientMonth(DECEMBER, new PatientFacts(3, false),
                List.of(enrolled(CareProgram.APCM, DR_CHEN)), List.of(), 0, List.of(), true, List.of(care));
        assertThat(engine.evaluate(new PatientMonth(DECEMBER, new PatientFacts(3, false),
                List.of(enrolled(CareProgram.APCM, DR_CHEN)), List.of(), 0, List.of())).lines())
                .as("APCM alone is billed").isNotEmpty();
        BillingResult apcm = engine.evaluate(withApcm);
        assertThat(codes(apcm)).isEqualTo("99495");
        assertThat(apcm.notBillable()).extracting(Refusal::program).contains(CareProgram.APCM);

        PatientMonth elsewhere = new PatientMonth(DECEMBER, new PatientFacts(3, false), List.of(), List.of(), 0,
                List.of(new OtherService("99496", LocalDate.of(2026, 11, 20), DR_OSEI)), true, List.of(care));
        BillingResult twice = engine.evaluate(elsewhere);
        assertThat(twice.lines()).isEmpty();
        assertThat(twice.notBillable().get(0).reason()).contains("99496 was billed on Nov 20 by " + DR_OSEI);
    }

    private BillingResult bill(YearMonth month, DischargeFacts... discharges) {
        return engine.evaluate(month(month, null, List.of(discharges)));
    }

    private static PatientMonth month(YearMonth month, LocalDate diedOn, List<DischargeFacts> discharges) {
        return new PatientMonth(month, new PatientFacts(2, false, diedOn), List.of(), List.of(), 0, List.of(), true,
                discharges);
    }

    /** Discharged Nov 3 from Mercy General, medications reconciled Nov 5 (or on the visit day if it is earlier). */
    private static DischargeFacts discharge(LocalDate contacted, List<LocalDate> attempts, LocalDate visited,
                                            MedicalDecisionMaking mdm) {
        LocalDate reconciled = visited.isBefore(CONTACT_DUE) ? visited : CONTACT_DUE;
        return new DischargeFacts("Mercy General", DISCHARGED, CONTACT_DUE, contacted, new ArrayList<>(attempts),
                reconciled, visited, mdm, DR_CHEN, true);
    }

    private static EnrollmentFacts enrolled(CareProgram program, String npi) {
        return new EnrollmentFacts(program, false, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), npi,
                LocalDate.of(2026, 9, 1), null);
    }

    private static String codes(BillingResult result) {
        return String.join(" ", result.lines().stream().map(BillingLine::code).toList());
    }
}
