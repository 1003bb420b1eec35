package org.careloop.enrollment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The eligibility policy with the catalogue exactly as the V20 migration seeds it, on the day Synthea calls today. */
class EligibilityTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Path CORPUS = Path.of("../shared/fixtures/synthea");

    final Eligibility eligibility = new Eligibility(SyntheaPatients.catalogueAsMigrated());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvFileSource(resources = "/synthea/manifest.csv", numLinesToSkip = 2)
    void bundledSyntheaPatientsAreClassifiedAsTheManifestSays(String file, String group, String categories)
            throws IOException {
        try (InputStream bundle = getClass().getResourceAsStream("/synthea/" + file)) {
            EligibilityVerdict verdict = eligibility.assess(SyntheaPatients.candidate(bundle), TODAY);
            assertThat(verdict.ccm()).isEqualTo("eligible".equals(group));
            assertThat(categoriesOf(verdict)).isEqualTo(categories(categories));
        }
    }

    @Test
    void theWholeSyntheaCorpusIsClassifiedAsTheManifestSays() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("manifest.csv")), "the shared Synthea corpus is not here");
        List<String> rows = Files.readAllLines(CORPUS.resolve("manifest.csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(rows.get(0).split(","));
        int fileColumn = header.indexOf("file");
        int groupColumn = header.indexOf("group");
        int categoriesColumn = header.indexOf("active_chronic_categories");
        List<String> disagreements = new ArrayList<>();
        int classified = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            EligibilityVerdict verdict;
            try (InputStream bundle = Files.newInputStream(CORPUS.resolve(cells[fileColumn]))) {
                verdict = eligibility.assess(SyntheaPatients.candidate(bundle), TODAY);
            }
            boolean expectedCcm = "eligible".equals(cells[groupColumn]);
            Set<String> expectedCategories = categories(cells[categoriesColumn]);
            if (verdict.ccm() != expectedCcm || !categoriesOf(verdict).equals(expectedCategories)) {
                disagreements.add(cells[fileColumn] + " " + cells[groupColumn] + " expected " + expectedCategories
                        + " got ccm=" + verdict.ccm() + " " + categoriesOf(verdict) + " " + verdict.reasons());
            }
            classified++;
        }
        System.out.println("Synthea corpus: " + (classified - disagreements.size()) + "/" + classified
                + " classified as the manifest says");
        assertThat(classified).isEqualTo(111);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void twoActiveConditionsInDifferentCategoriesMeetCcmAndSayWhich() {
        EligibilityVerdict verdict = eligibility.assess(adult(active("44054006"), active("59621000")), TODAY);
        assertThat(verdict.ccm()).isTrue();
        assertThat(verdict.pcm()).isTrue();
        assertThat(verdict.reasons()).containsExactly("2 chronic categories: diabetes, hypertension");
    }

    @Test
    void kidneyDiseaseStagesActiveTogetherAreStillOneCategory() {
        EligibilityVerdict verdict = eligibility.assess(adult(active("431855005"), active("431856006"),
                active("433144002")), TODAY);
        assertThat(verdict.ccm()).isFalse();
        assertThat(verdict.pcm()).isTrue();
        assertThat(verdict.reasons()).containsExactly("1 chronic category: chronic kidney disease",
                "CCM needs active chronic conditions in two or more categories");
    }

    @Test
    void diabeticKidneyDiseaseCountsAsDiabetesAndKidneyDiseaseButPrediabetesCountsAsNothing() {
        EligibilityVerdict verdict = eligibility.assess(adult(active("127013003"), active("15777000")), TODAY);
        assertThat(verdict.ccm()).isTrue();
        assertThat(categoriesOf(verdict)).containsExactly("chronic_kidney_disease", "diabetes");
        assertThat(eligibility.assess(adult(active("15777000")), TODAY).pcm()).isFalse();
    }

    @Test
    void resolvedAndAbatedConditionsDoNotCount() {
        Eligibility.Diagnosis resolved = new Eligibility.Diagnosis(
                List.of(new Eligibility.Coding(ChronicConditionCode.SNOMED_CT, "195967001")), "Asthma", false);
        EligibilityVerdict verdict = eligibility.assess(adult(resolved, active("59621000")), TODAY);
        assertThat(verdict.ccm()).isFalse();
        assertThat(categoriesOf(verdict)).containsExactly("hypertension");
    }

    @Test
    void icd10CodesCountUnderTheirCategoryPrefix() {
        EligibilityVerdict verdict = eligibility.assess(adult(icd("E11.65"), icd("I10"), icd("C50.911"), icd("G47.33")),
                TODAY);
        assertThat(categoriesOf(verdict)).containsExactly("cancer", "diabetes", "hypertension", "sleep_apnea");
        assertThat(verdict.chronicConditions()).anySatisfy(match -> {
            assertThat(match.code()).isEqualTo("E11.65");
            assertThat(match.system()).isEqualTo(ChronicConditionCode.ICD_10_CM);
        });
        assertThat(eligibility.assess(adult(icd("G89.1")), TODAY).pcm()).as("acute pain is not chronic pain").isFalse();
    }

    @Test
    void aMinorIsNotSuggestedAndTheReasonSaysHowOld() {
        EligibilityVerdict verdict = eligibility.assess(new Eligibility.Candidate(LocalDate.of(2013, 12, 1), false,
                null, List.of(active("195967001"), active("59621000"))), TODAY);
        assertThat(verdict.ccm()).isFalse();
        assertThat(verdict.pcm()).isFalse();
        assertThat(verdict.reasons()).contains("under 18 (12 years old)");
    }

    @Test
    void aDeceasedPatientIsNotSuggested() {
        EligibilityVerdict verdict = eligibility.assess(new Eligibility.Candidate(LocalDate.of(1950, 1, 1), true,
                LocalDate.of(2021, 1, 26), List.of(active("44054006"), active("59621000"))), TODAY);
        assertThat(verdict.ccm()).isFalse();
        assertThat(verdict.reasons()).first().isEqualTo("deceased on 2021-01-26");
    }

    @Test
    void anAdultWithoutChronicConditionsIsToldSo() {
        EligibilityVerdict verdict = eligibility.assess(adult(active("15777000")), TODAY);
        assertThat(verdict.pcm()).isFalse();
        assertThat(verdict.reasons()).startsWith("no active chronic condition");
    }

    private static Set<String> categoriesOf(EligibilityVerdict verdict) {
        return verdict.chronicConditions().stream().map(ChronicConditionMatch::category)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> categories(String manifestCell) {
        if (manifestCell == null || manifestCell.isBlank() || manifestCell.equals("-")) {
            return new TreeSet<>();
        }
        return Arrays.stream(manifestCell.split(";")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Eligibility.Candidate adult(Eligibility.Diagnosis... diagnoses) {
        return new Eligibility.Candidate(LocalDate.of(1960, 5, 5), false, null, List.of(diagnoses));
    }

    private static Eligibility.Diagnosis active(String snomed) {
        return new Eligibility.Diagnosis(List.of(new Eligibility.Coding(ChronicConditionCode.SNOMED_CT, snomed)), null,
                true);
    }

    private static Eligibility.Diagnosis icd(String code) {
        return new Eligibility.Diagnosis(List.of(new Eligibility.Coding("ICD-10-CM", code)), null, true);
    }
}
