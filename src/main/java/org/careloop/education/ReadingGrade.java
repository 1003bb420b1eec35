package org.careloop.education;

import java.util.Locale;
import java.util.Map;

/**
 * The reading grade of a material, computed from its text with the Flesch–Kincaid grade level (Kincaid, Fishburne,
 * Rogers and Chissom, 1975, for the US Navy):
 * <pre>  grade = 0.39 × words / sentences + 11.8 × syllables / words − 15.59</pre>
 * How the text is counted:
 * <ul>
 * <li>A <b>sentence</b> ends with {@code .}, {@code !} or {@code ?}; a line that ends without one (a heading, an item
 * of a list) is a sentence of its own, because a reader takes it as one unit.</li>
 * <li>A <b>word</b> is a run of text between spaces that holds at least one letter; numbers ("130/80") and marks
 * ("#", "-") are not words. A hyphenated word is one word whose parts are counted separately for syllables.</li>
 * <li><b>Syllables</b> are counted by {@link #syllables(String)}.</li>
 * </ul>
 * A very easy text can score below zero; the grade is then 0. Spanish: the formula is calibrated on English
 * sentence and word lengths, and Spanish words carry more syllables, so it would overstate the grade; the Spanish
 * formulas (Fernández-Huerta 1959, Szigriszt-Pazos 1993) give an ease score on another scale, not a US grade. So a
 * material in any language but English gets no grade ("not computed for es") rather than a number that misleads.
 */
final class ReadingGrade {

    static final String METHOD = "Flesch–Kincaid grade";

    /**
     * Words the vowel-group rules below count wrongly and that chronic-care material uses often, with their
     * dictionary syllables (Merriam-Webster).
     */
    private static final Map<String, Integer> EXCEPTIONS = Map.of("diabetes", 4, "diabetic", 4, "prediabetes", 5,
            "area", 3, "idea", 3, "being", 2, "create", 2, "created", 3, "quiet", 2, "science", 2);

    private ReadingGrade() {
    }

    /** The reading level of {@code text} written in {@code language} (an ISO 639-1 code such as "en" or "es"). */
    static ReadingLevel of(String text, String language) {
        String lang = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        if (!lang.equals("en")) {
            return new ReadingLevel(null, METHOD, "not computed for " + (lang.isEmpty() ? "an unnamed language" : lang)
                    + ": the formula is calibrated on English text");
        }
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String line : text.split("\\R")) {
            boolean open = false;
            for (String token : line.trim().split("\\s+")) {
                if (token.chars().anyMatch(Character::isLetter)) {
                    words++;
                    for (String part : token.split("-")) {
                        syllables += part.chars().anyMatch(Character::isLetter) ? syllables(part) : 0;
                    }
                    open = true;
                }
                if (open && endsSentence(token)) {
                    sentences++;
                    open = false;
                }
            }
            if (open) {
                sentences++;
            }
        }
        if (words == 0) {
            return new ReadingLevel(null, METHOD, "not computed: the text has no words");
        }
        double raw = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        double grade = Math.max(0, Math.round(raw * 10) / 10.0);
        return new ReadingLevel(grade, METHOD, METHOD + " " + grade + ": " + plural(words, "word") + ", "
                + plural(sentences, "sentence") + ", " + plural(syllables, "syllable"));
    }

    /**
     * The syllables of one English word, by rule: each group of vowels (a, e, i, o, u, and y except at the start of
     * the word) is one; "ia", "io" and "iu" are two unless after c, g, s, t or x (me-di-a, ra-di-o, but
     * so-cial, na-tion); a final e after a consonant is silent (take, whole), except in consonant + "le" (ta-ble, peo-ple); a
     * final "ed" is silent after a consonant other than t or d (walked, but need-ed); a final "es" is silent after a
     * consonant other than c, g, s, x or z and "ch"/"sh" (takes, but plac-es). Every word has at least one. A few
     * words the rules get wrong are looked up instead.
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        Integer known = EXCEPTIONS.get(w);
        if (known != null) {
            return known;
        }
        int count = 0;
        for (int i = 0; i < w.length(); i++) {
            if (vowel(w, i) && (i == 0 || !vowel(w, i - 1))) {
                count++;
            } else if (i > 0 && w.charAt(i - 1) == 'i' && "aou".indexOf(w.charAt(i)) >= 0
                    && (i < 2 || "cgstx".indexOf(w.charAt(i - 2)) < 0)) {
                count++;
            }
        }
        int n = w.length();
        if (n > 2 && w.endsWith("e") && !vowel(w, n - 2) && count > 1
                && !(w.endsWith("le") && !vowel(w, n - 3))) {
            count--;
        } else if (n > 3 && w.endsWith("ed") && !vowel(w, n - 3) && "td".indexOf(w.charAt(n - 3)) < 0 && count > 1) {
            count--;
        } else if (n > 3 && w.endsWith("es") && !vowel(w, n - 3) && "cgsxz".indexOf(w.charAt(n - 3)) < 0
                && !w.endsWith("ches") && !w.endsWith("shes") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean vowel(String word, int at) {
        char c = word.charAt(at);
        return "aeiou".indexOf(c) >= 0 || (c == 'y' && at > 0);
    }

    private static boolean endsSentence(String token) {
        String trimmed = token.replaceAll("[\"'”’)\\]]+$", "");
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
