package org.careloop.medication.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.careloop.medication.CurrentMedication;
import org.careloop.medication.MedicationOrigin;
import org.careloop.medication.MedicationWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate therapy within a class, read from the shipped class table, on drug names as EHRs write them. */
class DuplicateTherapyTests {

    static final DrugClassTable TABLE = DrugClasses.read(DrugClasses.LOCATION);
    final DuplicateTherapy check = new DuplicateTherapy(TABLE);

    @Test
    void lisinoprilLosartanAndSacubitrilValsartanTogetherAreOneRaasWarningNamingAllThree() {
        List<MedicationWarning> warnings = check.warnings(List.of(
                taking("314076", "lisinopril 10 MG Oral Tablet"),
                taking("979485", "losartan potassium 50 MG Oral Tablet"),
                taking("1656349", "sacubitril 49 MG / valsartan 51 MG Oral Tablet")));

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.check()).isEqualTo("DuplicateTherapy");
            assertThat(warning.rule()).isEqualTo("RAAS_DOUBLE_BLOCKADE");
            assertThat(warning.title()).isEqualTo("ACE inhibitor + ARB/ARNI");
            assertThat(warning.message()).startsWith("ACE inhibitor + ARB/ARNI: lisinopril 10 MG Oral Tablet, losartan "
                    + "potassium 50 MG Oral Tablet and sacubitril 49 MG / valsartan 51 MG Oral Tablet are all active — ")
                    .contains("36 hours").contains("tell the prescriber today");
            assertThat(warning.source()).contains("2022 AHA/ACC/HFSA").contains("drug class table 2026-11");
            assertThat(warning.medicationIds()).hasSize(3);
        });
    }

    @Test
    void sacubitrilValsartanAloneIsAnArniAndAnArbButOneMedication() {
        CurrentMedication entresto = taking("1656349", "sacubitril 49 MG / valsartan 51 MG Oral Tablet");
        assertThat(TABLE.classesOf(entresto.rxnormCode(), entresto.name())).extracting(DrugClassTable.DrugClass::name)
                .containsExactly("ARB", "ARNI");
        assertThat(check.warnings(List.of(entresto, taking(null, "carvedilol 25 MG Oral Tablet")))).isEmpty();
    }

    @Test
    void theSameProductTwiceIsOnTheListTwice() {
        assertThat(check.warnings(List.of(taking("314076", "lisinopril 10 MG Oral Tablet"),
                taking("314076", "lisinopril 10 MG Oral Tablet"))))
                .singleElement().extracting(MedicationWarning::message).asString()
                .startsWith("ACE inhibitor + ARB/ARNI: lisinopril 10 MG Oral Tablet is on the list twice — ");
    }

    @Test
    void anIngredientCodeAloneOrABrandNameFindsTheClass() {
        assertThat(check.warnings(List.of(taking("52175", "Cozaar tablets"), taking(null, "Zestril 20"))))
                .extracting(MedicationWarning::rule).containsExactly("RAAS_DOUBLE_BLOCKADE");
        assertThat(check.warnings(List.of(taking("52175", null), taking(null, "Entresto 24/26"))))
                .extracting(MedicationWarning::rule).containsExactly("RAAS_DOUBLE_BLOCKADE");
    }

    @Test
    void aUsualHeartRegimenOfDifferentClassesRaisesNothing() {
        assertThat(check.warnings(List.of(taking(null, "lisinopril 10 MG Oral Tablet"),
                taking(null, "24 HR metoprolol succinate 100 MG Extended Release Oral Tablet"),
                taking(null, "amLODIPine 2.5 MG Oral Tablet"), taking(null, "Simvastatin 20 MG Oral Tablet"),
                taking(null, "Clopidogrel 75 MG Oral Tablet"), taking(null, "Hydrochlorothiazide 25 MG Oral Tablet"),
                taking(null, "Furosemide 40 MG Oral Tablet"), taking(null, "aspirin 81 MG Oral Tablet")))).isEmpty();
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Simvastatin 20 MG Oral Tablet                     | Simvastatin 10 MG Oral Tablet                                 | TWO_STATINS
            atorvastatin 40 MG Oral Tablet                    | rosuvastatin calcium 10 MG Oral Tablet                        | TWO_STATINS
            empagliflozin 10 MG Oral Tablet                   | dapagliflozin 10 MG Oral Tablet                               | TWO_SGLT2_INHIBITORS
            sitagliptin 100 MG Oral Tablet                    | semaglutide 0.5 MG/DOSE Pen Injector                          | INCRETIN_DUPLICATION
            glipizide 5 MG Oral Tablet                        | glimepiride 2 MG Oral Tablet                                  | TWO_SULFONYLUREAS
            24 HR metoprolol succinate 100 MG Oral Tablet     | carvedilol 25 MG Oral Tablet                                  | TWO_BETA_BLOCKERS
            Furosemide 40 MG Oral Tablet                      | torsemide 20 MG Oral Tablet                                   | TWO_LOOP_DIURETICS
            Hydrochlorothiazide 25 MG Oral Tablet             | chlorthalidone 25 MG Oral Tablet                              | TWO_THIAZIDES
            amLODIPine 2.5 MG Oral Tablet                     | NIFEdipine 30 MG Extended Release Oral Tablet                 | TWO_DIHYDROPYRIDINES
            omeprazole 20 MG Delayed Release Oral Capsule     | pantoprazole 40 MG Delayed Release Oral Tablet                | TWO_PPIS
            FLUoxetine 20 MG Oral Capsule                     | Sertraline 100 MG Oral Tablet                                 | TWO_SSRIS
            Acetaminophen 300 MG / Hydrocodone Bitartrate 5 MG Oral Tablet | Acetaminophen 325 MG / Oxycodone Hydrochloride 10 MG Oral Tablet [Percocet] | TWO_OPIOIDS
            buprenorphine 2 MG / naloxone 0.5 MG Sublingual Tablet | 72 HR Fentanyl 0.025 MG/HR Transdermal System            | TWO_OPIOIDS
            ALPRAZolam 0.5 MG Oral Tablet                     | LORazepam 1 MG Oral Tablet                                    | TWO_BENZODIAZEPINES
            Warfarin Sodium 5 MG Oral Tablet                  | apixaban 5 MG Oral Tablet                                     | TWO_ANTICOAGULANTS
            prasugrel 10 MG Oral Tablet                       | Clopidogrel 75 MG Oral Tablet                                 | TWO_P2Y12_INHIBITORS
            ramipril 2.5 MG Oral Capsule                      | valsartan 160 MG Oral Tablet                                  | RAAS_DOUBLE_BLOCKADE
            amlodipine 5 MG / benazepril hydrochloride 20 MG Oral Capsule | lisinopril 10 MG Oral Tablet                      | RAAS_DOUBLE_BLOCKADE
            """)
    void twoActiveDrugsOfOneRuleAreDuplicateTherapy(String first, String second, String rule) {
        assertThat(check.warnings(List.of(taking(null, first.trim()), taking(null, second.trim()))))
                .extracting(MedicationWarning::rule).containsExactly(rule);
    }

    @ParameterizedTest(name = "{0} is no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HYDROmorphone 2 MG Oral Tablet            | morphine
            dihydrocodeine 16 MG Oral Tablet          | codeine
            escitalopram 10 MG Oral Tablet            | citalopram
            """)
    void anIngredientMatchesAsAWholeWordOnly(String drug, String ingredient) {
        assertThat(TABLE.classesOf(null, drug.trim()).stream().flatMap(c -> c.ingredients().stream())
                .filter(i -> i.namedIn(drug.trim())).map(DrugClassTable.Ingredient::name))
                .doesNotContain(ingredient.trim());
    }

    @Test
    void theShippedTableCodesIngredientsInRxNormDigitsAndEveryRuleCitesASource() {
        assertThat(TABLE.classes()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(TABLE.classes().stream().flatMap(c -> c.ingredients().stream()))
                .allSatisfy(i -> assertThat(i.rxcui() == null || i.rxcui().matches("\\d{1,8}")).as(i.name()).isTrue());
        assertThat(TABLE.duplicates()).allSatisfy(rule -> {
            assertThat(rule.source()).as(rule.id()).isNotBlank();
            assertThat(rule.advice()).as(rule.id()).contains("prescriber");
        });
        assertThat(TABLE.ingredientNamed("Losartan")).hasValueSatisfying(i -> assertThat(i.rxcui()).isEqualTo("52175"));
    }

    @Test
    void aRuleNamingAClassTheTableLacksIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DrugClassTable("t", "1", null, null, TABLE.classes(),
                List.of(new DrugClassTable.DuplicateRule("X", "X", List.of("NO_SUCH_CLASS"), "a", "s"))))
                .hasMessageContaining("NO_SUCH_CLASS");
    }

    static CurrentMedication taking(String rxnorm, String name) {
        return new CurrentMedication(UUID.randomUUID(), MedicationOrigin.EHR, UUID.randomUUID(), rxnorm, name, null,
                null, true, null, null, List.of(), null, Arrays.asList());
    }
}
