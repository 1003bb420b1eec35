package org.careloop.careteam;

import java.util.List;

/**
 * A patient's care team as the chart lists it: the current team (billing practitioners, the assigned care manager,
 * the members kept here), the members of the EHRs' care teams listed beside it, and past memberships, latest first.
 */
public record CareTeamListing(List<CareTeamMember> current, List<CareTeamMember> fromEhr, List<CareTeamMember> past) {

    public CareTeamListing {
        current = List.copyOf(current);
        fromEhr = List.copyOf(fromEhr);
        past = List.copyOf(past);
    }
}
