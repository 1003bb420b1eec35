package org.careloop.billing.internal;

import org.careloop.enrollment.ChronicConditionCatalogue;
import org.careloop.enrollment.ChronicConditionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The curated SNOMED CT to ICD-10-CM map against the chronic-condition catalogue as the database holds it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiagnosisMapTests {

    @Autowired
    ChronicConditionCatalogue catalogue;

    final DiagnosisMap map = new DiagnosisMap();

    @Test
    void everySnomedCodeOfTheCatalogueHasIcd10CodesOrAStatedExclusion() {
        for (ChronicConditionCode code : catalogue.codes()) {
            if (!code.system().equals(ChronicConditionCode.SNOMED_CT)) {
                continue;
            }
            DiagnosisMap.Entry entry = map.find(code.code()).orElse(null);
            assertThat(entry).as("map entry for %s %s", code.code(), code.display()).isNotNull();
            if (entry.exclusion() == null) {
                assertThat(entry.codes()).as(code.display()).isNotEmpty()
                        .allSatisfy(icd -> assertThat(DiagnosisMap.claimable(icd.code())).as(icd.code()).isTrue())
                        .allSatisfy(icd -> assertThat(icd.title()).isNotBlank());
                assertThat(entry.source()).as(code.display()).contains("NLM").contains("CMS");
            } else {
                assertThat(entry.codes()).as(code.display()).isEmpty();
            }
        }
    }

    @Test
    void findingsNeverJustifyAProgram() {
        assertThat(catalogue.codes()).filteredOn(code -> code.display().endsWith("(finding)")).isNotEmpty()
                .allSatisfy(finding -> assertThat(map.find(finding.code()).orElseThrow().exclusion())
                        .as(finding.display()).startsWith("a ").contains("finding"));
        assertThat(DiagnosisMap.claimable("Z68.41")).as("a BMI is a finding, not a diagnosis").isFalse();
        assertThat(DiagnosisMap.claimable("E66.01")).isTrue();
    }
}
