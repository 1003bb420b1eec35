package org.careloop.medication.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CareLoop's curated table of chronic-care drug classes and the duplicate-therapy rules over them, as shipped in
 * {@code medication/drug-classes.json}: a change of class or rule is a data change with a new {@code version}. A
 * medication belongs to a class when its RxNorm code is one of the class's ingredient codes, or when one of the
 * ingredients or brands is a word of its name ("lisinopril 10 MG Oral Tablet"), so that the EHR's clinical-drug codes
 * and combination products ("sacubitril 49 MG / valsartan 51 MG Oral Tablet" is an ARNI and an ARB) are found
 * without a licensed drug database.
 */
public record DrugClassTable(String table, String version, LocalDate effectiveFrom, String about,
                             List<DrugClass> classes, List<DuplicateRule> duplicates) {

    public DrugClassTable {
        classes = List.copyOf(classes);
        duplicates = List.copyOf(duplicates);
        Set<String> known = classes.stream().map(DrugClass::id).collect(Collectors.toSet());
        for (DuplicateRule rule : duplicates) {
            if (rule.classes().isEmpty() || !known.containsAll(rule.classes())) {
                throw new IllegalArgumentException("Duplicate rule " + rule.id() + " names a class the table lacks: "
                        + rule.classes());
            }
        }
    }

    /** A drug class: its id, its name as a nurse says it, and its member ingredients. */
    public record DrugClass(String id, String name, List<Ingredient> ingredients) {
        public DrugClass {
            ingredients = List.copyOf(ingredients);
        }
    }

    /** An ingredient: its name, its RxNorm ingredient code (null when the table does not give one) and brands. */
    public record Ingredient(String name, String rxcui, List<String> brands) {
        public Ingredient {
            brands = brands == null ? List.of() : List.copyOf(brands);
        }

        boolean namedIn(String drugName) {
            return Words.contain(drugName, name) || brands.stream().anyMatch(brand -> Words.contain(drugName, brand));
        }
    }

    /**
     * Two or more medications the patient takes that fall in the rule's classes are duplicate therapy. {@code title}
     * names it ("ACE inhibitor + ARB/ARNI"), {@code advice} says what the nurse does, {@code source} cites the rule.
     */
    public record DuplicateRule(String id, String title, List<String> classes, String advice, String source) {
        public DuplicateRule {
            classes = List.copyOf(classes);
        }
    }

    /** The classes a medication belongs to, by code or by name, in the table's order. */
    public List<DrugClass> classesOf(String rxnormCode, String name) {
        List<DrugClass> found = new ArrayList<>();
        for (DrugClass drugClass : classes) {
            boolean member = drugClass.ingredients().stream().anyMatch(ingredient ->
                    rxnormCode != null && rxnormCode.equals(ingredient.rxcui()) || name != null && ingredient.namedIn(name));
            if (member) {
                found.add(drugClass);
            }
        }
        return found;
    }

    /** The ingredient a plain name is (case aside), such as "Losartan" typed for a medication the patient reports. */
    public Optional<Ingredient> ingredientNamed(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return classes.stream().flatMap(c -> c.ingredients().stream())
                .filter(ingredient -> ingredient.name().equals(wanted)).findFirst();
    }

    /** Every ingredient name of the table, once each, in alphabetical order (for a list of suggestions). */
    public List<String> ingredientNames() {
        return classes.stream().flatMap(c -> c.ingredients().stream()).map(Ingredient::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new)).stream().toList();
    }

    /** A name found as a whole word (or words) in a drug's name, case aside. */
    static final class Words {
        private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

        private Words() {
        }

        static boolean contain(String text, String words) {
            return PATTERNS.computeIfAbsent(words, w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w)
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).matcher(text).find();
        }
    }
}
