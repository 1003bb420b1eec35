package org.careloop.billing;

import java.time.LocalDate;

import org.careloop.program.CareProgram;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.billing.PatientMonths.DR_CHEN;
import static org.careloop.billing.PatientMonths.DR_OSEI;
import static org.careloop.billing.PatientMonths.october2026;

class BillingEngineTests {

    final BillingEngine engine = new BillingEngine(BillingSettings.conservative());

    BillingResult bill(PatientMonths month) {
        return engine.evaluate(month.build());
    }

    static String codes(BillingResult result) {
        return String.join(" ", result.lines().stream().map(l -> l.units() > 1 ? l.code() + "x" + l.units() : l.code()).toList());
    }

    @Nested
    class ClinicalStaffCcm {

        @ParameterizedTest(name = "{0} min -> [{1}]")
        @CsvSource({"19,''", "20,99490", "39,99490", "40,99490 99439", "59,99490 99439", "60,99490 99439x2",
                "79,99490 99439x2", "80,99490 99439x2", "200,99490 99439x2"})
        void minutesMapToCodesWithoutRoundingUp(int minutes, String expected) {
            assertThat(codes(bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, minutes))))
                    .isEqualTo(expected);
        }

        @Test
        void nineteenMinutesBillNothingAndSayHowFarShort() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 19));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable()).singleElement().satisfies(refusal -> {
                assertThat(refusal.program()).isEqualTo(CareProgram.CCM);
                assertThat(refusal.reason()).isEqualTo("19 min of clinical staff time: 1 min short of 99490 (20 min)");
            });
        }

        @Test
        void thirtyFourMinutesExplainTheNextThreshold() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 15, 19));
            assertThat(result.lines()).singleElement().satisfies(line ->
                    assertThat(line.explanation()).isEqualTo("34 min of clinical staff time: 99490; 6 min short of 99439"));
        }

        @Test
        void minutesAccumulateAcrossContactsButNotAcrossMonths() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 5, 5, 5)
                    .minutesOn(LocalDate.of(2026, 9, 30), 30, CareProgram.CCM));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable().get(0).reason()).contains("15 min").contains("30 min logged outside 2026-10 do not carry over");
        }

        @Test
        void theAddOnIsCappedAtTwoUnitsForMedicare() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 95));
            assertThat(result.unitsOf("99439")).isEqualTo(2);
            assertThat(result.lines().get(0).explanation()).contains("capped at 2 units");
        }

        @Test
        void practitionerTimeCountsTowardClinicalStaffCodesOnce() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 12)
                    .practitionerMinutes(CareProgram.CCM, 10));
            assertThat(codes(result)).isEqualTo("99490");
            assertThat(result.lines().get(0).explanation()).startsWith("22 min of care-management time (12 clinical staff + 10 billing practitioner)");
        }
    }

    @Nested
    class ComplexAndPractitionerCcm {

        @ParameterizedTest(name = "complex {0} min -> [{1}]")
        @CsvSource({"59,99490 99439", "60,99490 99439x2", "89,99490 99439x2", "90,99487 99489", "119,99487 99489",
                "120,99487 99489x2", "150,99487 99489x3"})
        void complexCcmStartsAtSixtyMinutesWithThirtyMinuteAddOnsWhenItPaysMore(int minutes, String expected) {
            assertThat(codes(bill(october2026().enrolledComplex().staffMinutes(CareProgram.CCM, minutes)))).isEqualTo(expected);
        }

        @Test
        void complexAtSixtyMinutesSaysTheComplexCodeWasPassedOver() {
            BillingResult result = bill(october2026().enrolledComplex().staffMinutes(CareProgram.CCM, 65));
            assertThat(result.lines().get(0).explanation())
                    .contains("chosen over 99487, which pays less for the same minutes");
        }

        @Test
        void complexBelowSixtyMinutesSaysWhyItIsBilledAsNonComplex() {
            BillingResult result = bill(october2026().enrolledComplex().staffMinutes(CareProgram.CCM, 45));
            assertThat(result.lines().get(0).explanation()).contains("complex CCM (99487) needs 60 min");
        }

        @ParameterizedTest(name = "practitioner {0} min -> [{1}]")
        @CsvSource({"19,''", "29,99490", "30,99491", "59,99490 99439", "60,99490 99439x2", "120,99490 99439x2"})
        void practitionerPersonalTimeUsesTheFamilyThatPaysMore(int minutes, String expected) {
            assertThat(codes(bill(october2026().enrolled(CareProgram.CCM).practitionerMinutes(CareProgram.CCM, minutes))))
                    .isEqualTo(expected);
        }

        @Test
        void onlyOneCcmFamilyIsBilledInAMonth() {
            BillingResult result = bill(october2026().enrolledComplex().staffMinutes(CareProgram.CCM, 70)
                    .practitionerMinutes(CareProgram.CCM, 35));
            assertThat(result.lines()).extracting(BillingLine::code)
                    .containsAnyOf("99487", "99490", "99491")
                    .doesNotContainSequence("99487", "99491");
            long families = result.lines().stream().map(BillingLine::code)
                    .filter(code -> code.equals("99487") || code.equals("99490") || code.equals("99491")).count();
            assertThat(families).isEqualTo(1);
        }
    }

    @Nested
    class Prerequisites {

        @Test
        void rejectsBillingWithoutConsent() {
            BillingResult result = bill(october2026().enrolledWith(new PatientMonth.EnrollmentFacts(CareProgram.CCM, false,
                    null, LocalDate.of(2026, 9, 1), DR_CHEN, null, null)).staffMinutes(CareProgram.CCM, 45));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable().get(0).reason()).startsWith("no consent on file");
        }

        @Test
        void minutesBeforeConsentDoNotCount() {
            BillingResult result = bill(october2026().enrolledWith(new PatientMonth.EnrollmentFacts(CareProgram.CCM, false,
                            LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10), DR_CHEN, null, null))
                    .staffMinutes(CareProgram.CCM, 15, 10)   // Oct 1 and 2: before consent
                    .minutesOn(LocalDate.of(2026, 10, 12), 18, CareProgram.CCM));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable().get(0).reason())
                    .contains("18 min of clinical staff time")
                    .contains("25 min logged before consent on 2026-10-10 do not count");
        }

        @Test
        void rejectsCcmWithoutACarePlan() {
            BillingResult result = bill(october2026().enrolledWith(new PatientMonth.EnrollmentFacts(CareProgram.CCM, false,
                    LocalDate.of(2026, 9, 1), null, DR_CHEN, null, null)).staffMinutes(CareProgram.CCM, 25));
            assertThat(result.notBillable().get(0).reason()).startsWith("no signed care plan by 2026-10-31");
        }

        @Test
        void revokedConsentStillBillsTheMonthOfRevocationButNotTheNext() {
            PatientMonth.EnrollmentFacts revokedInOctober = new PatientMonth.EnrollmentFacts(CareProgram.CCM, false,
                    LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), DR_CHEN, null, LocalDate.of(2026, 10, 15));
            assertThat(bill(october2026().enrolledWith(revokedInOctober).staffMinutes(CareProgram.CCM, 25)).bills("99490")).isTrue();
            BillingResult november = bill(PatientMonths.in(2026, 11).enrolledWith(revokedInOctober).staffMinutes(CareProgram.CCM, 25));
            assertThat(november.lines()).isEmpty();
            assertThat(november.notBillable().get(0).reason()).contains("consent was revoked on 2026-10-15");
        }

        @Test
        void ccmNeedsTwoChronicConditions() {
            BillingResult result = bill(october2026().chronicConditions(1).enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 25));
            assertThat(result.notBillable().get(0).reason()).isEqualTo("CCM needs two or more chronic conditions; the patient has 1");
        }

        @Test
        void timeForAProgramThePatientIsNotEnrolledInIsNotBilled() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.BHI, 30));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable()).extracting(Refusal::reason)
                    .contains("30 min logged for BHI, but the patient is not enrolled in BHI");
        }

        @Test
        void onlyOnePractitionerBillsCcmInAMonth() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM, DR_CHEN).enrolled(CareProgram.CCM, DR_OSEI)
                    .staffMinutes(CareProgram.CCM, 25));
            assertThat(result.unitsOf("99490")).isEqualTo(1);
            assertThat(result.notBillable()).extracting(Refusal::reason).anyMatch(r -> r.startsWith("only one practitioner may bill CCM"));
        }
    }

    @Nested
    class PrincipalCareManagement {

        @ParameterizedTest(name = "PCM staff {0} min -> [{1}]")
        @CsvSource({"29,''", "30,99426", "59,99426", "60,99426 99427", "90,99426 99427x2", "150,99426 99427x2"})
        void clinicalStaffPcmByThirtyMinuteSteps(int minutes, String expected) {
            assertThat(codes(bill(october2026().chronicConditions(1).enrolled(CareProgram.PCM).staffMinutes(CareProgram.PCM, minutes))))
                    .isEqualTo(expected);
        }

        @ParameterizedTest(name = "PCM practitioner {0} min -> [{1}]")
        @CsvSource({"29,''", "30,99424", "60,99424 99425"})
        void practitionerPcm(int minutes, String expected) {
            assertThat(codes(bill(october2026().chronicConditions(1).enrolled(CareProgram.PCM).practitionerMinutes(CareProgram.PCM, minutes))))
                    .isEqualTo(expected);
        }
    }

    @Nested
    class RemoteMonitoring {

        @ParameterizedTest(name = "{0} device days in {1} -> [{2}]")
        @CsvSource({"1,2026,''", "2,2026,99445", "15,2026,99445", "16,2026,99454", "30,2026,99454",
                "2,2025,''", "15,2025,''", "16,2025,99454"})
        void deviceSupplyByDaysOfReadings(int days, int year, String expected) {
            BillingResult result = bill(PatientMonths.in(year, 10).enrolled(CareProgram.RPM).deviceReadingDays(days));
            assertThat(String.join(" ", result.lines().stream().map(BillingLine::code)
                    .filter(code -> code.equals("99454") || code.equals("99445")).toList())).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} management min in {1} -> [{2}]")
        @CsvSource({"9,2026,''", "10,2026,99470", "19,2026,99470", "20,2026,99457", "39,2026,99457", "40,2026,99457 99458",
                "60,2026,99457 99458x2", "19,2025,''", "20,2025,99457"})
        void treatmentManagementByMinutes(int minutes, int year, String expected) {
            BillingResult result = bill(PatientMonths.in(year, 10).enrolled(CareProgram.RPM).deviceReadingDays(20)
                    .staffMinutes(CareProgram.RPM, minutes));
            String management = String.join(" ", result.lines().stream()
                    .filter(l -> l.code().startsWith("9945") && !l.code().equals("99454") && !l.code().equals("99453") || l.code().equals("99470"))
                    .map(l -> l.units() > 1 ? l.code() + "x" + l.units() : l.code()).toList());
            assertThat(management).isEqualTo(expected);
        }

        @Test
        void treatmentManagementNeedsAnInteractiveCommunicationInTheMonthWhileDeviceSupplyDoesNot() {
            BillingResult result = bill(PatientMonths.in(2026, 10).enrolled(CareProgram.RPM).deviceReadingDays(20)
                    .staffMinutes(CareProgram.RPM, 45).withoutInteractiveCommunication());
            assertThat(result.lines().stream().map(BillingLine::code).toList()).containsExactly("99454");
            assertThat(result.notBillable()).anySatisfy(refusal -> assertThat(refusal.reason())
                    .contains("99457 needs at least one real-time interactive communication with the patient in 2026-10"));
        }

        @Test
        void setUpIsBilledOnceInTheMonthMonitoringStarts() {
            PatientMonth.EnrollmentFacts startedInOctober = new PatientMonth.EnrollmentFacts(CareProgram.RPM, false,
                    LocalDate.of(2026, 10, 2), null, DR_CHEN, LocalDate.of(2026, 10, 2), null);
            assertThat(bill(october2026().enrolledWith(startedInOctober).deviceReadingDays(18)).bills("99453")).isTrue();
            assertThat(bill(october2026().enrolled(CareProgram.RPM).deviceReadingDays(18)).bills("99453")).isFalse();
        }
    }

    @Nested
    class BehavioralHealthAndApcm {

        @ParameterizedTest(name = "BHI {0} min -> [{1}]")
        @CsvSource({"19,''", "20,99484", "80,99484"})
        void generalBhiNeedsTwentyMinutes(int minutes, String expected) {
            assertThat(codes(bill(october2026().enrolled(CareProgram.BHI).staffMinutes(CareProgram.BHI, minutes)))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} conditions, QMB {1} -> {2}")
        @CsvSource({"0,false,G0556", "1,false,G0556", "1,true,G0556", "2,false,G0557", "5,false,G0557", "2,true,G0558"})
        void apcmLevelFollowsConditionsAndQmbStatus(int conditions, boolean qmb, String expected) {
            PatientMonths month = october2026().chronicConditions(conditions).enrolled(CareProgram.APCM);
            if (qmb) {
                month.qualifiedMedicareBeneficiary();
            }
            assertThat(codes(bill(month))).isEqualTo(expected);
        }

        @Test
        void apcmIsNotPayableBefore2025() {
            BillingResult result = bill(PatientMonths.in(2024, 10).enrolled(CareProgram.APCM));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable().get(0).reason()).contains("payable only from 2025");
        }
    }

    @Nested
    class ExclusionsAndClaimEdits {

        @Test
        void ccmIsNotBilledInAMonthWithApcm() {
            BillingResult result = bill(october2026().enrolled(CareProgram.APCM).enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 30));
            assertThat(codes(result)).isEqualTo("G0557");
            assertThat(result.notBillable()).extracting(Refusal::reason).contains("APCM bundles CCM, so CCM is not billed in a month with APCM");
        }

        @Test
        void pcmAndCcmBySamePractitionerIsRefusedButDifferentPractitionersMayBoth() {
            BillingResult same = bill(october2026().enrolled(CareProgram.CCM, DR_CHEN).enrolled(CareProgram.PCM, DR_CHEN)
                    .staffMinutes(CareProgram.CCM, 25).staffMinutes(CareProgram.PCM, 35));
            assertThat(codes(same)).isEqualTo("99490");
            assertThat(same.notBillable()).extracting(Refusal::program).contains(CareProgram.PCM);

            BillingResult different = bill(october2026().enrolled(CareProgram.CCM, DR_CHEN).enrolled(CareProgram.PCM, DR_OSEI)
                    .staffMinutes(CareProgram.CCM, 25).staffMinutes(CareProgram.PCM, 35));
            assertThat(codes(different)).isEqualTo("99490 99426");
        }

        @Test
        void pcmIsNotBilledInAMonthWithApcm() {
            BillingResult result = bill(october2026().enrolled(CareProgram.APCM, DR_CHEN).enrolled(CareProgram.PCM, DR_OSEI)
                    .staffMinutes(CareProgram.PCM, 35));
            assertThat(codes(result)).isEqualTo("G0557");
            assertThat(result.notBillable()).extracting(Refusal::reason).contains("APCM bundles PCM, so PCM is not billed in a month with APCM");
        }

        @Test
        void ccmWithRpmAndWithBhiIsAllowedOnSeparateMinutes() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).enrolled(CareProgram.RPM).enrolled(CareProgram.BHI)
                    .staffMinutes(CareProgram.CCM, 22).staffMinutes(CareProgram.RPM, 21).staffMinutes(CareProgram.BHI, 20)
                    .deviceReadingDays(18));
            assertThat(result.lines()).extracting(BillingLine::code).containsExactlyInAnyOrder("99490", "99454", "99457", "99484");
            assertThat(result.notBillable()).isEmpty();
        }

        @Test
        void minutesCountOnlyTowardTheirOwnProgram() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).enrolled(CareProgram.BHI)
                    .staffMinutes(CareProgram.CCM, 12).staffMinutes(CareProgram.BHI, 12));
            assertThat(result.lines()).isEmpty(); // 24 minutes in all, but neither program reaches 20 on its own
        }

        @Test
        void ccmAndTransitionalCareMayBeBilledTogether() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 25)
                    .otherService("99495", 12, DR_CHEN));
            assertThat(codes(result)).isEqualTo("99490");
        }

        @Test
        void apcmIsRefusedWhenTheSamePractitionerBillsTransitionalCare() {
            BillingResult result = bill(october2026().enrolled(CareProgram.APCM, DR_CHEN).otherService("99495", 12, DR_CHEN));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable().get(0).reason()).contains("99495");
            assertThat(codes(bill(october2026().enrolled(CareProgram.APCM, DR_CHEN).otherService("99495", 12, DR_OSEI))))
                    .isEqualTo("G0557");
        }

        @Test
        void generalBhiIsRefusedInAMonthWithCollaborativeCare() {
            BillingResult result = bill(october2026().enrolled(CareProgram.BHI).staffMinutes(CareProgram.BHI, 25)
                    .otherService("99493", 5, DR_OSEI));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable().get(0).reason()).contains("collaborative care (99493)");
        }

        @Test
        void generalBhiIsRefusedWhenBilledAsTheApcmAddOn() {
            BillingResult result = bill(october2026().enrolled(CareProgram.APCM).enrolled(CareProgram.BHI).staffMinutes(CareProgram.BHI, 25)
                    .otherService("G0570", 30, DR_CHEN));
            assertThat(codes(result)).isEqualTo("G0557");
            assertThat(result.notBillable()).extracting(Refusal::reason).anyMatch(r -> r.contains("APCM add-on G0570"));
        }

        @Test
        void apcmBehavioralAddOnWithoutItsBaseIsFlagged() {
            BillingResult result = bill(october2026().otherService("G0568", 3, DR_CHEN));
            assertThat(result.notBillable()).singleElement().satisfies(refusal ->
                    assertThat(refusal.reason()).contains("G0568").contains("payable only with an APCM base code"));
        }

        @Test
        void ccmIsRefusedBesideCarePlanOversightUnderTheConservativeSetting() {
            BillingResult conservative = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 25)
                    .otherService("G0181", 4, DR_OSEI));
            assertThat(conservative.lines()).isEmpty();
            BillingResult relaxed = new BillingEngine(new BillingSettings(1, 2, false, 16))
                    .evaluate(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 25).otherService("G0181", 4, DR_OSEI).build());
            assertThat(relaxed.bills("99490")).isTrue();
        }

        @Test
        void aCodeAlreadyBilledThisMonthIsNotBilledAgainNorItsAddOns() {
            BillingResult result = bill(october2026().enrolled(CareProgram.CCM).staffMinutes(CareProgram.CCM, 45)
                    .otherService("99490", 15, DR_CHEN));
            assertThat(result.lines()).isEmpty();
            assertThat(result.notBillable()).extracting(Refusal::reason)
                    .anyMatch(r -> r.startsWith("99490 was already billed on 2026-10-15"))
                    .anyMatch(r -> r.startsWith("99439 is an add-on and its base code is not billed"));
        }

        @Test
        void transitionalCareTwiceWithinThirtyDaysIsFlagged() {
            BillingResult result = bill(october2026().otherServiceOn("99495", LocalDate.of(2026, 9, 20), DR_CHEN)
                    .otherService("99496", 10, DR_OSEI));
            assertThat(result.notBillable()).extracting(Refusal::program).containsExactly(CareProgram.TCM);
        }
    }
}
