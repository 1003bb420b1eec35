package org.careloop.education;

/**
 * How hard a material is to read: a US school {@code grade} (null when no grade is computed for the language) and
 * how it was found, in words an editor reads ("Flesch–Kincaid grade 5.7: 7 words, 1 sentence, 11 syllables").
 * Patient materials should read at grade 8 or below, better 6 (AMA and NIH plain-language advice).
 */
public record ReadingLevel(Double grade, String method, String explanation) {

    /** Whether a grade was computed and it is at most {@code grade}. */
    public boolean atMost(double grade) {
        return this.grade != null && this.grade <= grade;
    }
}
