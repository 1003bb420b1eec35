package org.careloop.medication.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.careloop.medication.CurrentMedication;
import org.careloop.medication.MedicationWarning;
import org.careloop.medication.internal.DrugClassTable.DrugClass;
import org.careloop.medication.internal.DrugClassTable.DuplicateRule;

/**
 * Duplicate therapy: two or more medications the patient takes in the classes of one rule of the class table (an ACE
 * inhibitor with an ARB or with sacubitril/valsartan, two statins, two SGLT2 inhibitors …). Lists carry them when a
 * new drug is started and the old prescription is never stopped, or when a hospital starts one while the practice
 * prescribed another; each is harm a nurse can stop with one question and one message to the prescriber. One
 * combination product in several classes of a rule counts once. Pure: the same list and table give the same warnings.
 */
public final class DuplicateTherapy {

    public static final String CHECK = "DuplicateTherapy";

    private final DrugClassTable table;

    public DuplicateTherapy(DrugClassTable table) {
        this.table = table;
    }

    /** One warning per rule that two or more of the medications fall under, in the table's order of rules. */
    public List<MedicationWarning> warnings(List<CurrentMedication> taking) {
        List<MedicationWarning> warnings = new ArrayList<>();
        for (DuplicateRule rule : table.duplicates()) {
            List<CurrentMedication> within = taking.stream()
                    .filter(m -> table.classesOf(m.rxnormCode(), m.name()).stream().map(DrugClass::id)
                            .anyMatch(rule.classes()::contains))
                    .toList();
            if (within.size() >= 2) {
                warnings.add(new MedicationWarning(CHECK, rule.id(), rule.title(),
                        rule.title() + ": " + together(within) + " — " + rule.advice(),
                        rule.source() + " (CareLoop drug class table " + table.version() + ")",
                        within.stream().map(CurrentMedication::id).toList()));
            }
        }
        return warnings;
    }

    /** "a and b are both active", "a, b and c are all active", or "a is on the list twice". */
    private static String together(List<CurrentMedication> medications) {
        Set<String> names = new LinkedHashSet<>();
        medications.forEach(m -> names.add(m.name()));
        if (names.size() == 1) {
            return names.iterator().next() + " is on the list " + (medications.size() == 2 ? "twice"
                    : medications.size() + " times");
        }
        List<String> all = medications.stream().map(CurrentMedication::name).toList();
        String listed = String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
        return listed + (all.size() == 2 ? " are both active" : " are all active");
    }
}
