package org.careloop.education;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flesch–Kincaid grade of known sentences, counted by hand: 0.39 × words/sentences + 11.8 × syllables/words −
 * 15.59, and the syllable counter's rules word by word.
 */
class ReadingGradeTests {

    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({
            "the, 1", "blood, 1", "take, 1", "whole, 1", "table, 2", "people, 2", "pressure, 2", "walked, 1",
            "needed, 2", "takes, 1", "places, 2", "every, 3", "morning, 2", "medicine, 3", "medication, 4",
            "hypertension, 4", "social, 2", "radio, 3", "cardiovascular, 6", "probability, 5", "increases, 3",
            "yes, 1", "you, 1", "day, 1", "eye, 1", "diabetes, 4", "don't, 1", "Labels, 2"})
    void countsTheSyllablesOfAWordByItsVowelGroups(String word, int syllables) {
        assertThat(ReadingGrade.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void aShortInstructionReadsAtGradeFivePointSeven() {
        // 7 words, 1 sentence, 11 syllables: 0.39 × 7 + 11.8 × 11/7 − 15.59 = 5.68
        ReadingLevel level = ReadingGrade.of("Take your blood pressure pill every morning.", "en");
        assertThat(level.grade()).isEqualTo(5.7);
        assertThat(level.explanation()).isEqualTo("Flesch–Kincaid grade 5.7: 7 words, 1 sentence, 11 syllables");
    }

    @Test
    void clinicalJargonReadsAtCollegeLevel() {
        // 7 words, 1 sentence, 4 + 3 + 1 + 5 + 1 + 6 + 4 = 24 syllables: 2.73 + 40.46 − 15.59 = 27.6
        assertThat(ReadingGrade.of("Hypertension increases the probability of cardiovascular complications.", "en")
                .grade()).isEqualTo(27.6);
    }

    @Test
    void twoSentencesAreAveragedOverBoth() {
        // 13 words, 2 sentences, 15 syllables: 0.39 × 6.5 + 11.8 × 15/13 − 15.59 = 0.56
        assertThat(ReadingGrade.of("Check your feet every day. Call your nurse if you see a sore.", "en").grade())
                .isEqualTo(0.6);
    }

    @Test
    void aHeadingAndEachItemOfAListAreSentencesOfTheirOwnAndMarksAreNotWords() {
        // "Foot care" / "Wash your feet daily." / "Dry between your toes": 3 sentences, 10 words,
        // foot 1, care 1, wash 1, your 1, feet 1, daily 2, dry 1, between 2, your 1, toes 1 = 12 syllables
        ReadingLevel level = ReadingGrade.of("# Foot care\n- Wash your feet daily.\n- Dry between your toes", "en");
        assertThat(level.explanation()).endsWith("10 words, 3 sentences, 12 syllables");
        assertThat(level.grade()).isEqualTo(0.0); // 1.30 + 14.16 − 15.59 is below zero
    }

    @Test
    void numbersAreNotWordsAndAHyphenatedWordCountsItsPartsSyllables() {
        // "Keep it below 130 over 80 with low-salt meals.": 7 words (not the numbers; low-salt is one), 1 sentence,
        // keep 1, it 1, below 2, over 2, with 1, low-salt 2, meals 1 = 10 syllables: 2.73 + 16.86 − 15.59 = 4.0
        assertThat(ReadingGrade.of("Keep it below 130 over 80 with low-salt meals.", "en").explanation())
                .isEqualTo("Flesch–Kincaid grade 4.0: 7 words, 1 sentence, 10 syllables");
    }

    @Test
    void aSpanishTextGetsNoGradeBecauseTheFormulaIsCalibratedOnEnglish() {
        ReadingLevel level = ReadingGrade.of("Tome sus pastillas todos los días.", "es");
        assertThat(level.grade()).isNull();
        assertThat(level.explanation()).startsWith("not computed for es");
    }

    @Test
    void everyShippedEnglishMaterialReadsAtGradeEightOrBelow() {
        EducationLibrary library = new EducationLibrary(tools.jackson.databind.json.JsonMapper.builder().build(), null,
                null, java.time.Clock.systemUTC());
        assertThat(library.shipped()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(library.shipped()).filteredOn(m -> m.language().equals("en"))
                .allSatisfy(m -> assertThat(m.readingLevel().atMost(8.0)).as(m.id() + ": " + m.readingLevel()).isTrue());
        assertThat(library.shipped()).allSatisfy(m -> assertThat(m.source().url()).startsWith("https://"));
    }
}
