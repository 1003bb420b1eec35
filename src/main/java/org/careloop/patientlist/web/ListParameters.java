package org.careloop.patientlist.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.careloop.InvalidRequest;
import org.careloop.patientlist.PatientList;
import org.careloop.program.CareProgram;

/**
 * The program and filters as the page and the API send them (CCM; eligible-not-enrolled, consent-pending, ...),
 * read leniently about case and dashes, with a problem named for each value that is no choice.
 */
record ListParameters(CareProgram program, Set<PatientList.Filter> filters, Map<String, String> problems) {

    static ListParameters read(String program, List<String> filters) {
        Map<String, String> problems = new LinkedHashMap<>();
        CareProgram chosen = null;
        if (program != null && !program.isBlank()) {
            try {
                chosen = CareProgram.valueOf(program.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.put("program", "must be one of " + List.of(CareProgram.values()));
            }
        }
        Set<PatientList.Filter> chosenFilters = EnumSet.noneOf(PatientList.Filter.class);
        for (String filter : filters == null ? List.<String>of() : filters) {
            if (filter == null || filter.isBlank()) {
                continue;
            }
            try {
                chosenFilters.add(PatientList.Filter.valueOf(filter.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException unknown) {
                problems.put("filter", "must be eligible-not-enrolled, consent-pending, no-care-manager or deceased");
            }
        }
        return new ListParameters(chosen, chosenFilters, problems);
    }

    /** The filter as the page and the API write it, such as {@code eligible-not-enrolled}. */
    static String slug(PatientList.Filter filter) {
        return filter.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void refuseProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }
}
