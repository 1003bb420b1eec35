package org.careloop.enrollment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The CCM and PCM eligibility policy, a suggestion a clinician confirms.
 * <ul>
 *   <li>CCM (CMS MLN909188): two or more chronic conditions expected to last twelve months or until death. Here:
 *   active problems (clinical status active, no abatement) in two or more different catalogue categories.</li>
 *   <li>PCM: one complex chronic condition. Here: at least one active problem in the catalogue.</li>
 * </ul>
 * Both need a living adult: CareLoop's programmes serve adults, and a deceased patient cannot be enrolled.
 */
public final class Eligibility {

    /** What the policy needs to know about a patient; {@code deceased} is true also when the date is unknown. */
    public record Candidate(LocalDate birthDate, boolean deceased, LocalDate deceasedOn, List<Diagnosis> diagnoses) {
    }

    /** A problem-list entry: the codes it carries (system, code pairs), its display and whether it is active now. */
    public record Diagnosis(List<Coding> codings, String display, boolean active) {
    }

    /** A code in a code system. */
    public record Coding(String system, String code) {
    }

    static final int ADULT_AGE = 18;

    private final List<ChronicConditionCode> catalogue;

    public Eligibility(List<ChronicConditionCode> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    /** The verdict for a candidate on {@code today}, with a reason for each part of it. */
    public EligibilityVerdict assess(Candidate candidate, LocalDate today) {
        List<ChronicConditionMatch> matches = chronicConditions(candidate);
        SortedSet<String> categories = new TreeSet<>();
        matches.forEach(match -> categories.add(match.category()));
        return verdict(candidate, matches, categories, today);
    }

    /**
     * The verdict for a patient whose active chronic-condition categories are already known (a whole practice's
     * problem lists sorted in one query); the verdict names no single condition.
     */
    public static EligibilityVerdict assessCategories(LocalDate birthDate, boolean deceased, LocalDate deceasedOn,
                                                      Collection<String> categories, LocalDate today) {
        return verdict(new Candidate(birthDate, deceased, deceasedOn, List.of()), List.of(), new TreeSet<>(categories),
                today);
    }

    private static EligibilityVerdict verdict(Candidate candidate, List<ChronicConditionMatch> matches,
                                              SortedSet<String> categories, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        boolean alive = !candidate.deceased() && candidate.deceasedOn() == null;
        if (!alive) {
            reasons.add(candidate.deceasedOn() == null ? "deceased" : "deceased on " + candidate.deceasedOn());
        }
        int age = Period.between(candidate.birthDate(), today).getYears();
        boolean adult = age >= ADULT_AGE;
        if (!adult) {
            reasons.add("under 18 (" + age + " years old)");
        }
        reasons.add(describe(categories));
        boolean ccm = alive && adult && categories.size() >= 2;
        boolean pcm = alive && adult && !categories.isEmpty();
        if (alive && adult && categories.size() == 1) {
            reasons.add("CCM needs active chronic conditions in two or more categories");
        }
        if (alive && adult && categories.isEmpty()) {
            reasons.add("CCM and PCM need at least one active chronic condition on the problem list");
        }
        return new EligibilityVerdict(ccm, pcm, matches, reasons);
    }

    private List<ChronicConditionMatch> chronicConditions(Candidate candidate) {
        Set<ChronicConditionMatch> matches = new LinkedHashSet<>();
        for (Diagnosis diagnosis : candidate.diagnoses()) {
            if (!diagnosis.active()) {
                continue;
            }
            for (Coding coding : diagnosis.codings()) {
                for (ChronicConditionCode entry : catalogue) {
                    if (entry.covers(coding.system(), coding.code())) {
                        matches.add(new ChronicConditionMatch(coding.code(), entry.system(),
                                diagnosis.display() == null ? entry.display() : diagnosis.display(), entry.category()));
                    }
                }
            }
        }
        return matches.stream().sorted(Comparator.comparing(ChronicConditionMatch::category)
                .thenComparing(ChronicConditionMatch::code)).toList();
    }

    private static String describe(SortedSet<String> categories) {
        if (categories.isEmpty()) {
            return "no active chronic condition";
        }
        List<String> names = categories.stream().map(category -> category.replace('_', ' ')).toList();
        return categories.size() + (categories.size() == 1 ? " chronic category: " : " chronic categories: ")
                + String.join(", ", names);
    }
}
