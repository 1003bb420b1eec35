package org.careloop.caregap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.careloop.caregap.engine.CareGapEngine;
import org.careloop.caregap.PatientFacts.Coding;
import org.careloop.caregap.PatientFacts.Fact;
import org.careloop.caregap.PatientFacts.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every measure's edges, on plain facts: no Spring, no database. */
class CareGapEngineTests {

    static final CareGapEngine ENGINE = CareGapEngine.standard();
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);
    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String CVX = "http://hl7.org/fhir/sid/cvx";

    /** A patient under construction. */
    static final class Patient {
        LocalDate birthDate;
        String sex;
        final List<Fact> facts = new ArrayList<>();
        final List<PatientFacts.Goal> goals = new ArrayList<>();

        Patient(LocalDate birthDate, String sex) {
            this.birthDate = birthDate;
            this.sex = sex;
        }

        Patient with(Kind kind, String system, String code, LocalDate on) {
            facts.add(new Fact(kind, List.of(new Coding(system, code)), code, on, null, true, null, null, List.of()));
            return this;
        }

        Patient condition(String snomed) {
            return with(Kind.CONDITION, SNOMED, snomed, LocalDate.of(2015, 1, 1));
        }

        Patient diabetic() {
            return condition("44054006");
        }

        Patient result(String loinc, LocalDate on, String value) {
            facts.add(new Fact(Kind.OBSERVATION, List.of(new Coding(LOINC, loinc)), loinc, on, null, true,
                    new BigDecimal(value), "%", List.of()));
            return this;
        }

        Patient bloodPressure(LocalDate on, int systolic, int diastolic) {
            facts.add(new Fact(Kind.OBSERVATION, List.of(new Coding(LOINC, "85354-9")), "BP", on, null, true, null, null,
                    List.of(new PatientFacts.Part(List.of(new Coding(LOINC, "8480-6")), BigDecimal.valueOf(systolic), "mm[Hg]"),
                            new PatientFacts.Part(List.of(new Coding(LOINC, "8462-4")), BigDecimal.valueOf(diastolic), "mm[Hg]"))));
            return this;
        }

        Patient vaccine(String cvx, LocalDate on) {
            return with(Kind.IMMUNIZATION, CVX, cvx, on);
        }

        Patient procedure(String snomed, LocalDate on) {
            return with(Kind.PROCEDURE, SNOMED, snomed, on);
        }

        Patient goal(String measure, String comparator, String value) {
            goals.add(new PatientFacts.Goal(measure, comparator, value));
            return this;
        }

        CareGap gap(String measure) {
            return gap(measure, AS_OF);
        }

        CareGap gap(String measure, LocalDate asOf) {
            return ENGINE.evaluate(new PatientFacts(birthDate, sex, facts, goals), asOf).stream()
                    .filter(g -> g.measure().equals(measure)).findFirst().orElseThrow();
        }
    }

    static Patient aged(int years) {
        return new Patient(AS_OF.minusYears(years), "female");
    }

    @Test
    void everyMeasureIsEvaluatedOnceInTheIssuesOrder() {
        assertThat(ENGINE.evaluate(new PatientFacts(AS_OF.minusYears(60), "female", List.of(), List.of()), AS_OF))
                .extracting(CareGap::measure).containsExactly("A1C_TEST", "A1C_CONTROL", "BP_CONTROL", "KIDNEY_HEALTH",
                        "EYE_EXAM", "COLORECTAL_SCREENING", "BREAST_SCREENING", "FLU_VACCINE", "PNEUMOCOCCAL", "ZOSTER",
                        "TD_BOOSTER", "DEPRESSION_SCREENING");
    }

    @Test
    void noBirthDateIsNotEvaluatedForEveryMeasure() {
        Patient patient = new Patient(null, "female").diabetic();
        assertThat(ENGINE.evaluate(new PatientFacts(null, "female", patient.facts, List.of()), AS_OF))
                .allSatisfy(gap -> {
                    assertThat(gap.status()).isEqualTo(GapStatus.NOT_EVALUATED);
                    assertThat(gap.explanation()).contains("Birth date unknown");
                });
    }

    @Test
    void breastScreeningWithoutSexIsNotEvaluatedButOtherMeasuresAre() {
        Patient patient = new Patient(AS_OF.minusYears(50), null);
        assertThat(patient.gap("BREAST_SCREENING").status()).isEqualTo(GapStatus.NOT_EVALUATED);
        assertThat(patient.gap("BREAST_SCREENING").explanation()).contains("Sex unknown");
        assertThat(patient.gap("COLORECTAL_SCREENING").status()).isEqualTo(GapStatus.DUE);
        assertThat(new Patient(AS_OF.minusYears(50), "male").gap("BREAST_SCREENING").status())
                .isEqualTo(GapStatus.NOT_APPLICABLE);
    }

    @Test
    void a1cTestCountsEvidenceExactlySixMonthsOldButNotADayOlder() {
        assertThat(aged(60).diabetic().result("4548-4", LocalDate.of(2025, 9, 15), "7.1").gap("A1C_TEST"))
                .extracting(CareGap::status, CareGap::nextDue).containsExactly(GapStatus.SATISFIED, LocalDate.of(2026, 3, 15));
        CareGap stale = aged(60).diabetic().result("4548-4", LocalDate.of(2025, 9, 14), "7.1").gap("A1C_TEST");
        assertThat(stale.status()).isEqualTo(GapStatus.DUE);
        assertThat(stale.dueSince()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(stale.explanation()).contains("Sep 14, 2025");
        assertThat(aged(60).diabetic().result("17856-6", LocalDate.of(2026, 1, 2), "6.5").gap("A1C_TEST").status())
                .as("the alternative LOINC code counts").isEqualTo(GapStatus.SATISFIED);
    }

    @Test
    void evidenceAfterTheEvaluationDateDoesNotCount() {
        assertThat(aged(60).diabetic().result("4548-4", AS_OF.plusDays(1), "7.1").gap("A1C_TEST").status())
                .isEqualTo(GapStatus.DUE);
    }

    @Test
    void noEvidenceIsDueSinceThePatientEnteredThePopulation() {
        CareGap gap = new Patient(LocalDate.of(1970, 5, 1), "male").with(Kind.CONDITION, SNOMED, "44054006",
                LocalDate.of(2020, 6, 1)).gap("A1C_TEST");
        assertThat(gap.status()).isEqualTo(GapStatus.DUE);
        assertThat(gap.dueSince()).as("diagnosed after turning 18").isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(gap.explanation()).contains("No Hemoglobin A1c");
        assertThat(aged(45).gap("COLORECTAL_SCREENING").dueSince()).isEqualTo(AS_OF);
    }

    @Test
    void withoutTheConditionTheMeasureDoesNotApply() {
        CareGap gap = aged(60).gap("A1C_TEST");
        assertThat(gap.status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(gap.explanation()).contains("no active diabetes");
        Patient resolved = aged(60);
        resolved.facts.add(new Fact(Kind.CONDITION, List.of(new Coding(SNOMED, "44054006")), "Diabetes",
                LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1), false, null, null, List.of()));
        assertThat(resolved.gap("A1C_TEST").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        Patient icd = aged(60);
        icd.facts.add(new Fact(Kind.CONDITION, List.of(new Coding("http://example.org/local", "DM2"),
                new Coding("http://hl7.org/fhir/sid/icd-10-cm", "E11.9")), "T2DM", null, null, true, null, null, List.of()));
        assertThat(icd.gap("A1C_TEST").status()).as("any coding matches, ICD-10 by category").isEqualTo(GapStatus.DUE);
    }

    @Test
    void a1cControlAgeEdgesAndThreshold() {
        LocalDate recent = LocalDate.of(2026, 2, 1);
        assertThat(new Patient(AS_OF.minusYears(76).plusDays(1), "male").diabetic().result("4548-4", recent, "7.0")
                .gap("A1C_CONTROL").status()).as("75 and 364 days").isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(76).diabetic().result("4548-4", recent, "7.0").gap("A1C_CONTROL").status())
                .isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(aged(18).diabetic().result("4548-4", recent, "7.0").gap("A1C_CONTROL").status())
                .isEqualTo(GapStatus.SATISFIED);
        assertThat(new Patient(AS_OF.minusYears(18).plusDays(1), "male").diabetic().gap("A1C_CONTROL").status())
                .isEqualTo(GapStatus.NOT_APPLICABLE);
        CareGap high = aged(60).diabetic().result("4548-4", LocalDate.of(2025, 6, 1), "7.2")
                .result("4548-4", recent, "8.0").gap("A1C_CONTROL");
        assertThat(high.status()).as("the most recent result decides; 8.0 is not below 8.0").isEqualTo(GapStatus.DUE);
        assertThat(high.dueSince()).isEqualTo(recent);
        assertThat(high.explanation()).contains("8 %").contains("< 8 %");
        assertThat(aged(60).diabetic().result("4548-4", recent, "7.9").gap("A1C_CONTROL").status())
                .isEqualTo(GapStatus.SATISFIED);
    }

    @Test
    void a1cControlFollowsTheCarePlanGoal() {
        CareGap gap = aged(60).diabetic().result("4548-4", LocalDate.of(2026, 2, 1), "7.4").goal("HbA1c", "<", "7")
                .gap("A1C_CONTROL");
        assertThat(gap.status()).isEqualTo(GapStatus.DUE);
        assertThat(gap.explanation()).contains("care-plan goal < 7");
    }

    @Test
    void bloodPressureTakesTheLowestOfTheMostRecentDay() {
        Patient patient = aged(60).condition("59621000").bloodPressure(LocalDate.of(2026, 1, 5), 150, 80)
                .bloodPressure(LocalDate.of(2026, 1, 5), 138, 95);
        CareGap gap = patient.gap("BP_CONTROL");
        assertThat(gap.status()).as("lowest systolic 138 and lowest diastolic 80").isEqualTo(GapStatus.SATISFIED);
        assertThat(gap.evidence()).extracting(GapEvidence::value).containsExactly("138/80 mmHg");
        patient.bloodPressure(LocalDate.of(2026, 2, 1), 140, 70);
        assertThat(patient.gap("BP_CONTROL").status()).as("140 is not below 140").isEqualTo(GapStatus.DUE);
        assertThat(patient.gap("BP_CONTROL").dueSince()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(aged(60).condition("59621000").bloodPressure(LocalDate.of(2026, 2, 1), 135, 85)
                .goal("Blood pressure", "<", "130/80").gap("BP_CONTROL").status()).isEqualTo(GapStatus.DUE);
        assertThat(aged(86).condition("59621000").gap("BP_CONTROL").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(aged(85).condition("59621000").gap("BP_CONTROL").status()).isEqualTo(GapStatus.DUE);
    }

    @Test
    void kidneyHealthNeedsBothTests() {
        Patient patient = aged(60).diabetic().result("33914-3", LocalDate.of(2025, 3, 15), "70");
        CareGap onlyEgfr = patient.gap("KIDNEY_HEALTH");
        assertThat(onlyEgfr.status()).isEqualTo(GapStatus.DUE);
        assertThat(onlyEgfr.explanation()).contains("urine albumin/creatinine ratio (none on record)");
        patient.result("14959-1", LocalDate.of(2025, 12, 1), "20");
        CareGap both = patient.gap("KIDNEY_HEALTH");
        assertThat(both.status()).isEqualTo(GapStatus.SATISFIED);
        assertThat(both.nextDue()).as("due when the first stops counting").isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(patient.gap("KIDNEY_HEALTH", AS_OF.plusDays(1)).status()).isEqualTo(GapStatus.DUE);
        assertThat(patient.gap("KIDNEY_HEALTH", AS_OF.plusDays(1)).dueSince()).isEqualTo(AS_OF.plusDays(1));
        assertThat(aged(60).diabetic().condition("46177005").gap("KIDNEY_HEALTH").status())
                .as("end-stage renal disease excludes").isEqualTo(GapStatus.NOT_APPLICABLE);
    }

    @Test
    void eyeExamWithinTwelveMonths() {
        assertThat(aged(60).diabetic().procedure("36228007", AS_OF.minusMonths(12)).gap("EYE_EXAM").status())
                .isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(60).diabetic().procedure("36228007", AS_OF.minusMonths(12).minusDays(1)).gap("EYE_EXAM").status())
                .isEqualTo(GapStatus.DUE);
    }

    @Test
    void colorectalScreeningLookbacksByTestAndExclusions() {
        assertThat(aged(44).gap("COLORECTAL_SCREENING").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(aged(76).gap("COLORECTAL_SCREENING").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(aged(75).procedure("73761001", AS_OF.minusYears(10)).gap("COLORECTAL_SCREENING").status())
                .isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(60).procedure("73761001", AS_OF.minusYears(10).minusDays(1)).gap("COLORECTAL_SCREENING").status())
                .isEqualTo(GapStatus.DUE);
        assertThat(aged(60).procedure("104435004", AS_OF.minusYears(1)).gap("COLORECTAL_SCREENING").status())
                .isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(60).procedure("104435004", AS_OF.minusYears(1).minusDays(1)).gap("COLORECTAL_SCREENING").status())
                .isEqualTo(GapStatus.DUE);
        assertThat(aged(60).result("57905-2", AS_OF.minusMonths(3), "0").gap("COLORECTAL_SCREENING").status())
                .as("a FIT result as an observation").isEqualTo(GapStatus.SATISFIED);
        CareGap cancer = aged(60).condition("363406005").gap("COLORECTAL_SCREENING");
        assertThat(cancer.status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(cancer.explanation()).contains("colorectal cancer");
        assertThat(aged(60).procedure("26390003", LocalDate.of(2010, 1, 1)).gap("COLORECTAL_SCREENING").status())
                .isEqualTo(GapStatus.NOT_APPLICABLE);
    }

    @Test
    void breastScreeningAgesLookbackAndMastectomy() {
        assertThat(aged(39).gap("BREAST_SCREENING").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(aged(40).gap("BREAST_SCREENING").status()).isEqualTo(GapStatus.DUE);
        assertThat(aged(74).procedure("71651007", AS_OF.minusYears(2)).gap("BREAST_SCREENING").status())
                .isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(75).gap("BREAST_SCREENING").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(aged(50).procedure("24623002", AS_OF.minusYears(2).minusDays(1)).gap("BREAST_SCREENING").status())
                .isEqualTo(GapStatus.DUE);
        assertThat(aged(50).procedure("27865001", LocalDate.of(2019, 4, 1)).gap("BREAST_SCREENING").explanation())
                .startsWith("Excluded: bilateral mastectomy");
    }

    @Test
    void fluVaccineCountsFromTheLatestJulyFirst() {
        LocalDate july1 = LocalDate.of(2025, 7, 1);
        assertThat(aged(30).vaccine("140", july1).gap("FLU_VACCINE").status()).isEqualTo(GapStatus.SATISFIED);
        CareGap june = aged(30).vaccine("140", july1.minusDays(1)).gap("FLU_VACCINE");
        assertThat(june.status()).isEqualTo(GapStatus.DUE);
        assertThat(june.dueSince()).isEqualTo(july1);
        assertThat(aged(30).vaccine("197", july1).gap("FLU_VACCINE").nextDue()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(aged(30).vaccine("140", LocalDate.of(2026, 6, 30)).gap("FLU_VACCINE", LocalDate.of(2026, 7, 1))
                .status()).as("a new season starts on July 1").isEqualTo(GapStatus.DUE);
        assertThat(aged(30).vaccine("140", LocalDate.of(2026, 7, 1)).gap("FLU_VACCINE", LocalDate.of(2026, 7, 1))
                .status()).isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(17).gap("FLU_VACCINE").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
    }

    @Test
    void pneumococcalSequences() {
        assertThat(aged(49).gap("PNEUMOCOCCAL").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(aged(50).gap("PNEUMOCOCCAL").status()).isEqualTo(GapStatus.DUE);
        assertThat(aged(66).vaccine("216", LocalDate.of(2024, 1, 1)).gap("PNEUMOCOCCAL").status())
                .as("PCV20 alone").isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(66).vaccine("327", LocalDate.of(2025, 1, 1)).gap("PNEUMOCOCCAL").status())
                .as("PCV21 alone").isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(66).vaccine("215", LocalDate.of(2023, 1, 1)).vaccine("33", LocalDate.of(2024, 2, 1))
                .gap("PNEUMOCOCCAL").status()).as("PCV15 then PPSV23").isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(66).vaccine("133", LocalDate.of(2018, 1, 1)).vaccine("33", LocalDate.of(2019, 2, 1))
                .gap("PNEUMOCOCCAL").status()).as("PCV13 then PPSV23").isEqualTo(GapStatus.SATISFIED);
        CareGap reversed = aged(66).vaccine("33", LocalDate.of(2018, 1, 1)).vaccine("215", LocalDate.of(2019, 2, 1))
                .gap("PNEUMOCOCCAL");
        assertThat(reversed.status()).as("PPSV23 before the conjugate does not complete").isEqualTo(GapStatus.DUE);
        assertThat(reversed.explanation()).contains("needs PPSV23");
        assertThat(aged(66).vaccine("133", LocalDate.of(2018, 1, 1)).gap("PNEUMOCOCCAL").status()).isEqualTo(GapStatus.DUE);
        assertThat(aged(66).vaccine("33", LocalDate.of(2018, 1, 1)).gap("PNEUMOCOCCAL").explanation())
                .contains("alone does not complete");
        assertThat(aged(66).vaccine("133", LocalDate.of(2018, 1, 1)).vaccine("216", LocalDate.of(2024, 1, 1))
                .gap("PNEUMOCOCCAL").status()).as("PCV13 completed with PCV20").isEqualTo(GapStatus.SATISFIED);
    }

    @Test
    void zosterNeedsTwoRecombinantDosesAndLiveDoesNotCount() {
        CareGap live = aged(70).vaccine("121", LocalDate.of(2012, 1, 1)).gap("ZOSTER");
        assertThat(live.status()).isEqualTo(GapStatus.DUE);
        assertThat(live.explanation()).contains("does not count");
        assertThat(aged(70).vaccine("187", LocalDate.of(2024, 1, 1)).gap("ZOSTER").explanation()).contains("1 of 2 doses");
        assertThat(aged(70).vaccine("187", LocalDate.of(2024, 1, 1)).vaccine("187", LocalDate.of(2024, 1, 1))
                .gap("ZOSTER").status()).as("the same day twice is one dose").isEqualTo(GapStatus.DUE);
        CareGap done = aged(70).vaccine("121", LocalDate.of(2012, 1, 1)).vaccine("187", LocalDate.of(2024, 1, 1))
                .vaccine("187", LocalDate.of(2024, 4, 1)).gap("ZOSTER");
        assertThat(done.status()).isEqualTo(GapStatus.SATISFIED);
        assertThat(done.nextDue()).isNull();
        assertThat(aged(49).gap("ZOSTER").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
    }

    @Test
    void tetanusBoosterWithinTenYears() {
        assertThat(aged(40).vaccine("113", AS_OF.minusYears(10)).gap("TD_BOOSTER").status()).isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(40).vaccine("115", AS_OF.minusYears(10).minusDays(1)).gap("TD_BOOSTER").status())
                .isEqualTo(GapStatus.DUE);
        assertThat(aged(40).vaccine("09", AS_OF.minusYears(2)).gap("TD_BOOSTER").nextDue()).isEqualTo(AS_OF.plusYears(8));
    }

    @Test
    void depressionScreeningByCareLoopAssessmentOrImportedScore() {
        assertThat(aged(40).with(Kind.ASSESSMENT, "urn:careloop:instrument", "PHQ-2", AS_OF.minusMonths(12))
                .gap("DEPRESSION_SCREENING").status()).isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(40).result("44261-6", AS_OF.minusMonths(12).minusDays(1), "3").gap("DEPRESSION_SCREENING").status())
                .isEqualTo(GapStatus.DUE);
        assertThat(aged(40).result("55758-7", AS_OF.minusMonths(2), "1").gap("DEPRESSION_SCREENING").status())
                .isEqualTo(GapStatus.SATISFIED);
        assertThat(aged(17).gap("DEPRESSION_SCREENING").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
    }

    @Test
    void aPatientWhoDiedHasNoGaps() {
        assertThat(ENGINE.evaluate(new PatientFacts(AS_OF.minusYears(60), "female", true, List.of(), List.of()), AS_OF))
                .allSatisfy(gap -> assertThat(gap.explanation()).isEqualTo("The patient has died."))
                .extracting(CareGap::status).containsOnly(GapStatus.NOT_APPLICABLE);
    }

    @Test
    void hospiceExcludesWithinTheYear() {
        CareGap gap = aged(60).procedure("385763009", AS_OF.minusMonths(2)).gap("FLU_VACCINE");
        assertThat(gap.status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(gap.explanation()).contains("hospice");
        assertThat(aged(60).procedure("385763009", AS_OF.minusYears(2)).gap("FLU_VACCINE").status()).isEqualTo(GapStatus.DUE);
    }
}
