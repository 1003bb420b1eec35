package org.careloop.community;

import java.util.List;

/**
 * What an HSDS package did to a practice's directory: nothing at all when {@code problems} is not empty (a package
 * is imported whole or not at all), else the organizations, services and locations it held, how many of them were
 * new and how many updated an entry of the same HSDS id, and {@code notes} on what was read but not kept (a monthly
 * schedule, a GeoJSON service area, a taxonomy term that is no CareLoop category).
 */
public record HsdsImportResult(int organizations, int services, int locations, int created, int updated,
                               List<String> notes, List<HsdsProblem> problems) {

    public HsdsImportResult {
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    public static HsdsImportResult refused(List<HsdsProblem> problems) {
        return new HsdsImportResult(0, 0, 0, 0, 0, List.of(), problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
