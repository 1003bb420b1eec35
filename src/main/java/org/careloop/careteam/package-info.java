/**
 * Care team: who looks after a patient beside the patient and how to reach them — the practice's care managers and
 * nurses, outside specialists, the pharmacy and the home-health agency from the directory, the billing practitioner
 * of each enrollment (read from the enrollment, which owns it) — and the people around the patient: caregivers,
 * emergency contacts and the healthcare proxy, with what the patient authorised the care team to share with each.
 * Other modules ask {@link org.careloop.careteam.CareTeams#of} for the team and
 * {@link org.careloop.careteam.PatientContacts#healthcareProxy} for the proxy.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "enrollment", "identity", "patient", "program"})
package org.careloop.careteam;
