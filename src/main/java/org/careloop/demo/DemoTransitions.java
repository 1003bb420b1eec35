package org.careloop.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.medication.MedicationsReconciled;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.outreach.NewInteraction;
import org.careloop.outreach.Outreach;
import org.careloop.identity.ActingStaff;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientRoster;
import org.careloop.transition.HospitalEncounterReported;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.careloop.transition.MedicalDecisionMaking;
import org.careloop.transition.Transitions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hospital stays for the demo practices, announced the way the ADT feed announces them (a {@link
 * HospitalEncounterReported} per discharge), in the states a care manager meets them: a discharge home yesterday
 * (call due), one a week ago nobody called (overdue), one two days ago with two unanswered calls, one reached in
 * time and waiting for its visit, one 30 days ago done in full (contact, reconciliation, a high-complexity visit on
 * day 6: the month bills it as 99496), and an emergency visit yesterday that needs its follow-up call.
 */
@Component
class DemoTransitions {

    private static final String MERCY = "Mercy General Hospital";
    private static final DischargeDisposition HOME = new DischargeDisposition("HL7_0112", "01",
            "Discharged to home or self care");
    private static final DischargeDisposition HOME_HEALTH = new DischargeDisposition("HL7_0112", "06",
            "Discharged to home under care of a home health service");

    private final PatientRoster roster;
    private final ApplicationEventPublisher events;
    private final Outreach outreach;
    private final Transitions transitions;
    private final ActingStaff acting;
    private final Staff staff;
    private final Clock clock;

    DemoTransitions(PatientRoster roster, ApplicationEventPublisher events, Outreach outreach, Transitions transitions,
                    ActingStaff acting, Staff staff, Clock clock) {
        this.roster = roster;
        this.events = events;
        this.outreach = outreach;
        this.transitions = transitions;
        this.acting = acting;
        this.staff = staff;
        this.clock = clock;
    }

    void prepare(UUID practice, String careManager, String provider) {
        List<PatientRoster.RosterEntry> patients = roster.ofPractice(practice).values().stream()
                .filter(p -> p.status().equals("ACTIVE"))
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName).thenComparing(PatientRoster.RosterEntry::id))
                .toList();
        if (patients.size() < 20) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        discharge(patients.get(1), "A1", today.minusDays(1), HOME, heartFailure());
        discharge(patients.get(4), "A2", today.minusDays(7), HOME_HEALTH,
                new Diagnosis("ICD-10-CM", "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"));
        PatientRoster.RosterEntry unanswered = patients.get(8);
        discharge(unanswered, "A3", today.minusDays(2), HOME, new Diagnosis("ICD-10-CM", "J18.9", "Pneumonia, unspecified organism"));
        call(unanswered, careManager, today.minusDays(1).atTime(10, 15), InteractionOutcome.NO_ANSWER,
                "Transition call: no answer, no voicemail set up.");
        call(unanswered, careManager, today.atTime(9, 40), InteractionOutcome.LEFT_VOICEMAIL,
                "Transition call: left a voicemail asking for a call back about the hospital stay.");
        PatientRoster.RosterEntry reached = patients.get(12);
        discharge(reached, "A4", today.minusDays(5), HOME, new Diagnosis("ICD-10-CM", "L03.115", "Cellulitis of right lower limb"));
        call(reached, careManager, today.minusDays(4).atTime(11, 0), InteractionOutcome.REACHED,
                "Home and managing; finishing the antibiotic; follow-up visit to be booked.");
        PatientRoster.RosterEntry completed = patients.get(16);
        LocalDate discharged = today.minusDays(30);
        discharge(completed, "A5", discharged, HOME, heartFailure());
        call(completed, careManager, discharged.plusDays(1).atTime(14, 20), InteractionOutcome.REACHED,
                "Reviewed the discharge instructions and the new furosemide dose; daily weights started.");
        events.publishEvent(new MedicationsReconciled(completed.id(), completed.practiceId(), UUID.randomUUID(),
                discharged.plusDays(3), staff.findByUsername(careManager).orElseThrow().id()));
        acting.run(provider, () -> transitions.ofPatient(completed.id()).stream().findFirst().ifPresent(transition ->
                transitions.recordFaceToFace(transition.id(), new Transitions.FaceToFaceReport(transition.version(),
                        discharged.plusDays(6), MedicalDecisionMaking.HIGH))));
        PatientRoster.RosterEntry emergency = patients.get(19);
        LocalDateTime seen = today.minusDays(1).atTime(2, 30);
        events.publishEvent(new HospitalEncounterReported(emergency.id(), emergency.practiceId(), Notice.DISCHARGED,
                EncounterClass.EMERGENCY, "St. Luke's Emergency Department", "ED-" + code(emergency), seen.minusHours(5),
                seen, List.of(new Diagnosis("ICD-10-CM", "R55", "Syncope and collapse")), HOME, "demo ADT^A03",
                clock.instant()));
    }

    private void discharge(PatientRoster.RosterEntry patient, String visit, LocalDate on,
                           DischargeDisposition disposition, Diagnosis diagnosis) {
        LocalDateTime discharged = on.atTime(13, 0);
        events.publishEvent(new HospitalEncounterReported(patient.id(), patient.practiceId(), Notice.DISCHARGED,
                EncounterClass.INPATIENT, MERCY, visit + "-" + code(patient), discharged.minusDays(4), discharged,
                List.of(diagnosis), disposition, "demo ADT^A03", clock.instant()));
    }

    private void call(PatientRoster.RosterEntry patient, String careManager, LocalDateTime at, InteractionOutcome outcome,
                      String notes) {
        Instant wanted = at.atZone(clock.getZone()).toInstant();
        Instant latest = clock.instant().minusSeconds(600);
        acting.run(careManager, () -> outreach.record(patient.id(), new NewInteraction(InteractionKind.OUTBOUND_CALL,
                outcome, List.of("medications", "appointments"), notes, null,
                wanted.isAfter(latest) ? latest : wanted)));
    }

    private static Diagnosis heartFailure() {
        return new Diagnosis("ICD-10-CM", "I50.23", "Acute on chronic systolic (congestive) heart failure");
    }

    private static String code(PatientRoster.RosterEntry patient) {
        return patient.id().toString().substring(0, 8);
    }
}
