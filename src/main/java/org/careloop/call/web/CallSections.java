package org.careloop.call.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.appointment.Appointments;
import org.careloop.assessment.Instrument;
import org.careloop.assessment.Instruments;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.GoalAchievement;
import org.careloop.careplan.GoalStatus;
import org.careloop.careteam.PatientContacts;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.RunningTimer;
import org.careloop.timetracking.Timers;
import org.careloop.transition.Transitions;
import org.careloop.wishes.PatientWishes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What each part of the call page shows; the page and its htmx fragments fill their model here. */
@Component
class CallSections {

    /** The topics a call usually covers, as message keys under {@code call.topic.}. */
    static final List<String> TOPICS = List.of("medications", "symptoms", "goals", "appointments", "social-needs",
            "self-management", "next-steps");

    private final PatientRegistry patients;
    private final ProgramEnrollments enrollments;
    private final Timers timers;
    private final CarePlans carePlans;
    private final Instruments instruments;
    private final Transitions transitions;
    private final PatientWishes wishes;
    private final Appointments appointments;
    private final Clock clock;
    private final PatientContacts contacts;

    CallSections(PatientRegistry patients, ProgramEnrollments enrollments, Timers timers, CarePlans carePlans,
                 Instruments instruments, Transitions transitions, Clock clock, PatientContacts contacts,
                 PatientWishes wishes, Appointments appointments) {
        this.contacts = contacts;
        this.transitions = transitions;
        this.wishes = wishes;
        this.appointments = appointments;
        this.clock = clock;
        this.patients = patients;
        this.enrollments = enrollments;
        this.timers = timers;
        this.carePlans = carePlans;
        this.instruments = instruments;
    }

    void page(Model model, UUID patientId) {
        PatientRecord patient = patients.find(patientId);
        model.addAttribute("patient", patient);
        model.addAttribute("death", patient.death().orElse(null));
        model.addAttribute("speaking", contacts.whomToSpeakWith(patientId, patient.contacts()));
        model.addAttribute("wishes", wishes.of(patientId));
        model.addAttribute("appointmentLines", appointments.lines(patientId));
        List<CareProgram> programs = enrolledPrograms(patientId);
        model.addAttribute("enrolledPrograms", programs);
        model.addAttribute("scriptProgram", programs.isEmpty() ? "GENERAL" : programs.get(0).name());
        // a patient just home from the hospital gets the transition questions first, whatever the program
        model.addAttribute("transition", transitions.current(patientId).orElse(null));
        model.addAttribute("timerPrograms", timerPrograms(programs));
        interactionChoices(model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", InteractionForm.blank());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldErrors.none());
        }
        timer(model, patientId);
        goals(model, patientId);
        instrument(model, "phq-2");
    }

    void interactionChoices(Model model) {
        model.addAttribute("kinds", InteractionKind.values());
        model.addAttribute("outcomes", InteractionOutcome.values());
        model.addAttribute("topics", TOPICS);
    }

    void timer(Model model, UUID patientId) {
        Optional<RunningTimer> running = timers.current();
        model.addAttribute("patientId", patientId);
        RunningTimer mine = running.filter(t -> t.patientId().equals(patientId)).orElse(null);
        model.addAttribute("timer", mine);
        model.addAttribute("timerElapsed", mine == null ? 0
                : Math.max(0, Duration.between(mine.startedAt(), clock.instant()).toSeconds()));
        model.addAttribute("otherTimer", running.filter(t -> !t.patientId().equals(patientId)).orElse(null));
        if (!model.containsAttribute("timerPrograms")) {
            model.addAttribute("timerPrograms", timerPrograms(enrolledPrograms(patientId)));
        }
    }

    void goals(Model model, UUID patientId) {
        model.addAttribute("patientId", patientId);
        List<CarePlanView> plans = carePlans.forPatient(patientId).stream()
                .filter(plan -> plan.status().living())
                .map(plan -> carePlans.find(plan.id())).toList();
        model.addAttribute("plans", plans);
        model.addAttribute("goalStatuses", GoalStatus.values());
        model.addAttribute("achievements", GoalAchievement.values());
    }

    void instrument(Model model, String name) {
        Instrument instrument = instruments.named(name).orElseThrow(() -> new org.careloop.NotFound(
                "No instrument " + name));
        model.addAttribute("instrument", instrument);
        model.addAttribute("prefix", prefix(instrument));
        model.addAttribute("questions", QuestionView.of(instrument));
        model.addAttribute("instruments", instruments.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldErrors.none());
        }
    }

    /** The id prefix of an instrument's fields: {@code phq9} for PHQ-9, so items are {@code phq9-item-1..9}. */
    static String prefix(Instrument instrument) {
        return instrument.code().replace("-", "");
    }

    private List<CareProgram> enrolledPrograms(UUID patientId) {
        return enrollments.of(patientId).stream()
                .filter(enrollment -> enrollment.status() != EnrollmentStatus.DISENROLLED)
                .map(Enrollment::program).distinct().toList();
    }

    /** The programs a call's timer may run for, the patient's enrolled ones first. */
    List<CareProgram> timerPrograms(UUID patientId) {
        return timerPrograms(enrolledPrograms(patientId));
    }

    private static List<CareProgram> timerPrograms(List<CareProgram> enrolled) {
        List<CareProgram> matching = CareProgram.loggedInMinutes().stream().filter(enrolled::contains).toList();
        return matching.isEmpty() ? CareProgram.loggedInMinutes() : matching;
    }
}
