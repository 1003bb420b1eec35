package org.careloop.demo;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.patient.PatientRoster;
import org.springframework.stereotype.Component;

/**
 * A demo practice's active patients in the order the demo month works through them (by family name), so each part of
 * the demo picks the same people: the first of every twenty are in CCM with a signed care plan.
 */
@Component
class DemoCaseload {

    private final PatientRoster roster;

    DemoCaseload(PatientRoster roster) {
        this.roster = roster;
    }

    List<PatientRoster.RosterEntry> of(UUID practice) {
        return roster.ofPractice(practice).values().stream().filter(p -> p.status().equals("ACTIVE"))
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName)
                        .thenComparing(PatientRoster.RosterEntry::id))
                .toList();
    }

    /** The patient at {@code index} of the practice's caseload, when there are that many. */
    static java.util.Optional<UUID> at(List<PatientRoster.RosterEntry> caseload, int index) {
        return index < caseload.size() ? java.util.Optional.of(caseload.get(index).id()) : java.util.Optional.empty();
    }
}
