package org.careloop.assessment;

import java.util.List;
import java.util.Optional;

/** The instruments CareLoop ships, looked up by name (PHQ-2, PHQ-9, GAD-7, AHC HRSN, the initial CCM assessment). */
public interface Instruments {

    List<Instrument> all();

    /** By title or id, ignoring case, spaces and hyphens: "PHQ-9", "phq9" and "phq-9" name the same instrument. */
    default Optional<Instrument> named(String name) {
        String wanted = normalize(name);
        return all().stream().filter(i -> normalize(i.code()).equals(wanted) || normalize(i.title()).equals(wanted))
                .findFirst();
    }

    private static String normalize(String name) {
        return name == null ? "" : name.toLowerCase().replaceAll("[\\s_-]", "");
    }
}
