package org.careloop.careteam;

import java.util.UUID;

import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.springframework.stereotype.Service;

/** The care team tab of a patient's chart, read through the care team, the contacts and the registry. */
@Service
public class CareTeamOverviews {

    private final CareTeams careTeams;
    private final PatientContacts contacts;
    private final PatientRegistry registry;
    private final Staff staff;

    CareTeamOverviews(CareTeams careTeams, PatientContacts contacts, PatientRegistry registry, Staff staff) {
        this.careTeams = careTeams;
        this.contacts = contacts;
        this.registry = registry;
        this.staff = staff;
    }

    public CareTeamOverview of(UUID patientId) {
        PatientRecord patient = registry.find(patientId);
        return new CareTeamOverview(careTeams.members(patientId),
                contacts.of(patientId), patient.contacts(),
                staff.inPractice(patient.practiceId(), Role.CARE_MANAGER),
                staff.inPractice(patient.practiceId(), Role.NURSE),
                staff.inPractice(patient.practiceId(), Role.PROVIDER));
    }
}
