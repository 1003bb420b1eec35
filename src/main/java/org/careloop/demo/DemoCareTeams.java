package org.careloop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.careteam.CareContactEntry;
import org.careloop.careteam.CareTeamMemberEntry;
import org.careloop.careteam.CareTeams;
import org.careloop.careteam.PatientContacts;
import org.careloop.directory.DirectoryOrganization;
import org.careloop.directory.DirectoryPractitioner;
import org.careloop.directory.OrganizationDirectory;
import org.careloop.directory.OrganizationEntry;
import org.careloop.directory.PractitionerDirectory;
import org.careloop.directory.PractitionerEntry;
import org.careloop.identity.ActingStaff;
import org.careloop.identity.Npi;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientRoster;
import org.springframework.stereotype.Component;

/**
 * The demo practices' directories and care teams, made through the same services the API uses, as the practice's
 * care manager: a cardiology and a lung practice, a pharmacy, a home-health agency and a meals service per practice;
 * for the first patients, a specialist, the pharmacy and (for some) home health on the team, a daughter who is the
 * healthcare proxy and authorised to hear everything, a neighbour to call in an emergency who is told nothing, and a
 * husband or wife who may hear about the care plan.
 */
@Component
class DemoCareTeams {

    /** How many of a practice's patients get a care team and contacts. */
    static final int PATIENTS = 8;

    private final OrganizationDirectory organizations;
    private final PractitionerDirectory practitioners;
    private final CareTeams careTeams;
    private final PatientContacts contacts;
    private final PatientRoster roster;
    private final ActingStaff acting;
    private final Staff staff;
    private final Clock clock;

    DemoCareTeams(OrganizationDirectory organizations, PractitionerDirectory practitioners, CareTeams careTeams,
                  PatientContacts contacts, PatientRoster roster, ActingStaff acting, Staff staff, Clock clock) {
        this.organizations = organizations;
        this.practitioners = practitioners;
        this.careTeams = careTeams;
        this.contacts = contacts;
        this.roster = roster;
        this.acting = acting;
        this.staff = staff;
        this.clock = clock;
    }

    /** Fills the practice's directory and its first patients' care teams; {@code nurse} may be null. */
    void prepare(UUID practice, String careManager, String nurse) {
        List<PatientRoster.RosterEntry> patients = roster.ofPractice(practice).values().stream()
                .filter(p -> p.status().equals("ACTIVE"))
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName)
                        .thenComparing(PatientRoster.RosterEntry::id))
                .limit(PATIENTS).toList();
        UUID nurseId = nurse == null ? null : staff.findByUsername(nurse).map(Staff.Person::id).orElse(null);
        acting.run(careManager, () -> {
            Directory directory = directory();
            for (int i = 0; i < patients.size(); i++) {
                team(patients.get(i), i, directory, nurseId);
                contacts(patients.get(i), i);
            }
        });
    }

    private record Directory(List<DirectoryPractitioner> specialists, DirectoryOrganization pharmacy,
                             DirectoryOrganization homeHealth, DirectoryOrganization meals) {
    }

    private Directory directory() {
        DirectoryOrganization heart = organization("Valley Heart Associates", "SPECIALIST_PRACTICE", "413-555-0100",
                "413-555-0101", "referrals@valleyheart.example.org", "200 Chestnut St");
        DirectoryOrganization lungs = organization("Pioneer Pulmonary Care", "SPECIALIST_PRACTICE", "413-555-0130",
                "413-555-0131", "office@pioneerpulmonary.example.org", "45 Mill St");
        List<DirectoryPractitioner> specialists = List.of(
                practitioner("Lena", "Hart", "Cardiology", 1, "413-555-0142", heart),
                practitioner("Samuel", "Adeyemi", "Pulmonology", 2, "413-555-0135", lungs),
                practitioner("Ines", "Varga", "Nephrology", 3, "413-555-0150", null),
                practitioner("Tomas", "Reyes", "Endocrinology", 4, "413-555-0155", null));
        return new Directory(specialists,
                organization("Main Street Pharmacy", "PHARMACY", "413-555-0190", "413-555-0191", null, "12 Main St"),
                organization("Riverbend Home Health", "HOME_HEALTH", "413-555-0160", "413-555-0161",
                        "intake@riverbendhh.example.org", "8 River Rd"),
                organization("Valley Meals on Wheels", "COMMUNITY", "413-555-0170", null, null, "3 Elm St"));
    }

    private void team(PatientRoster.RosterEntry patient, int i, Directory directory, UUID nurseId) {
        LocalDate since = LocalDate.now(clock).minusMonths(2 + i % 4);
        DirectoryPractitioner specialist = directory.specialists().get(i % directory.specialists().size());
        careTeams.add(patient.id(), member("SPECIALIST", null, specialist.id(), null, since,
                i % 4 == 0 ? "Sees the patient every 3 months" : null));
        careTeams.add(patient.id(), member("PHARMACY", null, null, directory.pharmacy().id(), since, null));
        if (i % 3 == 0) {
            careTeams.add(patient.id(), member("HOME_HEALTH", null, null, directory.homeHealth().id(), since,
                    "Skilled nursing visits twice a week"));
        }
        if (i % 4 == 1) {
            careTeams.add(patient.id(), member("OTHER", null, null, directory.meals().id(), since,
                    "Hot lunch on weekdays"));
        }
        if (nurseId != null && i % 2 == 0) {
            careTeams.add(patient.id(), member("NURSE", nurseId, null, null, since, null));
        }
    }

    private void contacts(PatientRoster.RosterEntry patient, int i) {
        LocalDate authorised = LocalDate.now(clock).minusDays(20 + i * 9L);
        String family = patient.familyName();
        contacts.add(patient.id(), new CareContactEntry(DAUGHTERS[i % DAUGHTERS.length] + " " + family, "daughter",
                List.of("CAREGIVER", "HEALTHCARE_PROXY"), List.of("413-555-02" + (10 + i)), null,
                i % 3 == 0 ? "Spanish" : "English", true, authorised, "ALL",
                "Visits on weekends; manages the pill box", null));
        contacts.add(patient.id(), new CareContactEntry(NEIGHBOURS[i % NEIGHBOURS.length], "neighbour",
                List.of("EMERGENCY_CONTACT"), List.of("413-555-03" + (10 + i)), null, null, false, null, null,
                "Has a key to the house", null));
        if (i % 2 == 1) {
            contacts.add(patient.id(), new CareContactEntry(SPOUSES[i % SPOUSES.length] + " " + family,
                    i % 4 == 1 ? "husband" : "wife", List.of("CAREGIVER"), List.of("413-555-04" + (10 + i)), null,
                    null, true, authorised.plusDays(3), "CARE_PLAN_ONLY", null, null));
        }
    }

    private static final String[] DAUGHTERS = {"Maria", "Grace", "Aisha", "Elena", "Priya", "Hannah", "Mei", "Rosa"};
    private static final String[] NEIGHBOURS = {"Tom Becker", "Linda Park", "Joe Silva", "Fatima Noor"};
    private static final String[] SPOUSES = {"Robert", "Ellen", "James", "Ruth"};

    private static CareTeamMemberEntry member(String role, UUID staffId, UUID practitionerId, UUID organizationId,
                                              LocalDate since, String notes) {
        return new CareTeamMemberEntry(role, staffId, practitionerId, organizationId, null, notes, null, null, null,
                since, null, null);
    }

    private DirectoryOrganization organization(String name, String kind, String phone, String fax, String email,
                                               String street) {
        return organizations.add(new OrganizationEntry(null, name, kind, phone, fax, email, street, "Springfield",
                "MA", "01103", null));
    }

    private DirectoryPractitioner practitioner(String given, String family, String specialty, int seed, String phone,
                                               DirectoryOrganization organization) {
        return practitioners.add(new PractitionerEntry(null, "Dr.", given, family, specialty, npi(seed), phone, null,
                null, organization == null ? null : organization.id(), null));
    }

    /** A made-up NPI that passes the check digit: nine digits from the seed, then the digit that makes it valid. */
    static String npi(int seed) {
        String base = String.format("19%07d", 4_210_000 + seed * 137);
        for (int digit = 0; digit <= 9; digit++) {
            if (Npi.valid(base + digit)) {
                return base + digit;
            }
        }
        throw new IllegalStateException("No check digit for " + base);
    }
}
