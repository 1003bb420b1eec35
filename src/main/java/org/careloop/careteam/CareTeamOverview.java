package org.careloop.careteam;

import java.util.List;

import org.careloop.identity.Staff;
import org.careloop.patient.PatientContact;

/**
 * Everything the chart's care team tab shows: the current team, the EHRs' members beside it, past members, the
 * contacts with their authorisations, the contacts on the registration record, and the practice's staff who can be
 * added to the team.
 */
public record CareTeamOverview(CareTeamListing team, List<CareContact> contacts, List<PatientContact> registration,
                               List<Staff.Person> careManagers, List<Staff.Person> nurses,
                               List<Staff.Person> providers) {
}
