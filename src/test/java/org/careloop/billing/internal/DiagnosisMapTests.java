package org.careloop.billing.internal;

import org.careloop.enrollment.ChronicConditionCatalogue;
import org.careloop.enrollment.ChronicConditionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated SNOMED CT to ICD-10-CM map against the chronic-condition catalogue CareLoop ships (the rows its
 * migration wrote; a practice's own additions, like other tests', need a biller's choice instead).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiagnosisMapTests {

    @Autowired
    ChronicConditionCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    final DiagnosisMap map = new DiagnosisMap();

    private boolean shipped(ChronicConditionCode code) {
        return jdbc.sql("""
                select count(*) from chronic_condition_catalogue
                 where code_system = ? and code = ?
                   and added_at = (select min(added_at) from chronic_condition_catalogue)""")
                .params(code.system(), code.code()).query(Long.class).single() > 0;
    }

    @Test
    void everySnomedCodeOfTheCatalogueHasIcd10CodesOrAStatedExclusion() {
        for (ChronicConditionCode code : catalogue.codes()) {
            if (!code.system().equals(ChronicConditionCode.SNOMED_CT) || !shipped(code)) {
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
