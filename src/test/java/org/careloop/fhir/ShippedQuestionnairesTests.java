package org.careloop.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.assessment.Instrument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The instruments are valid FHIR Questionnaires (parsed strictly) with the questions the instruments define. */
class ShippedQuestionnairesTests {

    final List<Instrument> instruments = ShippedInstruments.load(FhirContext.forR4Cached());

    @Test
    void everyShippedInstrumentParsesAsStrictFhir() {
        assertThat(instruments).extracting(Instrument::title)
                .containsExactlyInAnyOrder("AHC HRSN", "ASQ", "Comprehensive CCM initial assessment", "GAD-7", "PHQ-2", "PHQ-9");
    }

    @Test
    void phq9CarriesItsLoincCodesAndZeroToThreeScores() {
        Instrument phq9 = instruments.stream().filter(i -> i.title().equals("PHQ-9")).findFirst().orElseThrow();
        assertThat(phq9.loincPanel()).isEqualTo("44249-1");
        assertThat(phq9.questions()).hasSize(9);
        assertThat(phq9.questions().get(8).loinc()).isEqualTo("44260-8");
        assertThat(phq9.questions().get(0).choices()).extracting(Instrument.Choice::score).containsExactly(0, 1, 2, 3);
    }

    @Test
    void ahcHrsnHasTenCoreQuestionsInFiveDomains() {
        Instrument ahc = instruments.stream().filter(i -> i.title().equals("AHC HRSN")).findFirst().orElseThrow();
        assertThat(ahc.loincPanel()).isEqualTo("96777-8");
        assertThat(ahc.questions()).hasSize(10);
        assertThat(ahc.questions().get(1).multiple()).isTrue();
    }
}
