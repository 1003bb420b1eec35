package org.careloop.chart.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.careloop.assessment.Assessments;
import org.careloop.assessment.RecordedAssessment;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlanVersion;
import org.careloop.careplan.CarePlans;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.Staff;
import org.careloop.outreach.Interaction;
import org.careloop.outreach.Outreach;
import org.careloop.patient.PatientDeath;
import org.careloop.patient.PatientRecord;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;

/**
 * The patient's story on one list, newest first: contacts with their notes, assessments with their scores, safety
 * escalations opened and closed (with the disposition and the note), calls handed over to the nurse or provider and
 * who finished them, enrollment moves, care-plan versions and
 * signatures, and the death. Composed from each module's public services, which scope every read to the caller's
 * practices and put it on the audit trail; the chart owns no data of its own.
 */
@org.springframework.stereotype.Component
class Timeline {

    private final Outreach outreach;
    private final Assessments assessments;
    private final TaskBoard tasks;
    private final ProgramEnrollments enrollments;
    private final CarePlans carePlans;
    private final Staff staff;

    Timeline(Outreach outreach, Assessments assessments, TaskBoard tasks, ProgramEnrollments enrollments,
             CarePlans carePlans, Staff staff) {
        this.outreach = outreach;
        this.assessments = assessments;
        this.tasks = tasks;
        this.enrollments = enrollments;
        this.carePlans = carePlans;
        this.staff = staff;
    }

    List<TimelineEvent> of(PatientRecord patient, ZoneId zone) {
        UUID id = patient.id();
        List<TimelineEvent> events = new ArrayList<>();
        List<Task> patientTasks = tasks.list(TaskBoard.View.ALL, id, false);
        List<Task> escalations = patientTasks.stream().filter(task -> task.kind() == TaskKind.ESCALATION).toList();
        List<Task> handOffs = patientTasks.stream().filter(task -> task.kind() == TaskKind.HANDOFF).toList();
        List<Enrollment> programs = enrollments.of(id);
        Set<UUID> people = new HashSet<>();
        escalations.forEach(task -> people.add(task.closedBy()));
        handOffs.forEach(task -> {
            people.add(task.createdBy());
            people.add(task.closedBy());
        });
        programs.forEach(enrollment -> enrollment.history().forEach(move -> people.add(move.actorId())));
        List<RecordedAssessment> screens = assessments.of(id);
        screens.forEach(screen -> people.add(screen.administeredBy()));
        Map<UUID, Staff.Person> names = staff.byId(people.stream().filter(Objects::nonNull).toList());

        outreach.history(id).forEach(contact -> events.add(contact(contact)));
        screens.forEach(screen -> events.add(assessment(screen, names)));
        escalations.forEach(task -> escalation(task, names, events));
        handOffs.forEach(task -> handOff(task, names, events));
        programs.forEach(enrollment -> enrollment.history().forEach(move -> events.add(new TimelineEvent(
                move.at().toInstant(), TimelineEvent.Kind.ENROLLMENT, enrollment.program() + ": "
                + (move.from() == null ? "" : move.from().label() + " → ") + move.to().label(), move.reason(),
                name(names, move.actorId())))));
        carePlans.forPatient(id).forEach(plan -> carePlan(plan, carePlans.versions(plan.id()), events));
        patient.death().ifPresent(death -> events.add(death(death, zone)));
        return events.stream().sorted(NEWEST_FIRST).toList();
    }

    /** Newest first; a death without a date stands at the top, where the care team looks first. */
    static final Comparator<TimelineEvent> NEWEST_FIRST = Comparator.comparing(TimelineEvent::at,
            Comparator.nullsFirst(Comparator.<Instant>reverseOrder()));

    private static TimelineEvent contact(Interaction contact) {
        String topics = contact.topics().isEmpty() ? "" : " · " + String.join(", ", contact.topics());
        return new TimelineEvent(contact.occurredAt(), TimelineEvent.Kind.CONTACT,
                words(contact.kind().name()) + ": " + words(contact.outcome().name()) + topics, contact.notes(),
                contact.staffName());
    }

    private static TimelineEvent assessment(RecordedAssessment screen, Map<UUID, Staff.Person> names) {
        String score = screen.score() == null ? "" : " score " + screen.score();
        String severity = screen.severity() == null ? "" : " (" + screen.severity() + ")";
        String flags = screen.flags().isEmpty() ? null
                : "Flags: " + String.join(", ", screen.flags().stream().map(Timeline::words).toList());
        return new TimelineEvent(screen.administeredAt() == null ? null : screen.administeredAt().toInstant(),
                TimelineEvent.Kind.ASSESSMENT, screen.instrumentTitle() + score + severity, flags,
                name(names, screen.administeredBy()));
    }

    private static void escalation(Task task, Map<UUID, Staff.Person> names, List<TimelineEvent> events) {
        String triggers = String.join("; ", task.triggers().stream().map(t -> t.detail()).toList());
        events.add(new TimelineEvent(task.createdAt().toInstant(), TimelineEvent.Kind.ESCALATION_OPENED,
                "Escalation opened: " + task.title(), triggers.isEmpty() ? task.notes() : triggers, null));
        if (!task.isOpen() && task.completedAt() != null) {
            String how = task.disposition() == null ? words(task.status().name()) : words(task.disposition().name());
            events.add(new TimelineEvent(task.completedAt().toInstant(), TimelineEvent.Kind.ESCALATION_CLOSED,
                    "Escalation closed: " + how, task.closingNote(), name(names, task.closedBy())));
        }
    }

    /** A call handed over, and once done who finished it with what they did. */
    private static void handOff(Task task, Map<UUID, Staff.Person> names, List<TimelineEvent> events) {
        String to = task.rolePool() == null ? "" : " (" + words(task.rolePool()) + " pool)";
        events.add(new TimelineEvent(task.createdAt().toInstant(), TimelineEvent.Kind.HANDOFF_OPENED,
                task.title() + to, null, name(names, task.createdBy())));
        if (!task.isOpen() && task.completedAt() != null) {
            events.add(new TimelineEvent(task.completedAt().toInstant(), TimelineEvent.Kind.HANDOFF_CLOSED,
                    "Hand-off " + words(task.status().name()).toLowerCase(Locale.ROOT), task.closingNote(),
                    name(names, task.closedBy())));
        }
    }

    private static void carePlan(CarePlanSummary plan, List<CarePlanVersion> versions, List<TimelineEvent> events) {
        for (CarePlanVersion version : versions) {
            String detail = version.note() == null || version.note().isBlank() ? version.summary()
                    : version.summary() + " — " + version.note();
            events.add(new TimelineEvent(version.changedAt(), TimelineEvent.Kind.CARE_PLAN,
                    plan.program() + " care plan version " + version.version(), detail, version.changedBy()));
            if (version.signature() != null) {
                events.add(new TimelineEvent(version.signature().signedAt(), TimelineEvent.Kind.SIGNATURE,
                        plan.program() + " care plan version " + version.version() + " signed", null,
                        version.signature().providerName()));
            }
        }
    }

    /**
     * A death is known by its day only: it stands after everything else of that day (what the care team did that day
     * was done before they learnt of it, or because of it, as the enrollments ended "Patient died" show just below).
     */
    private static TimelineEvent death(PatientDeath death, ZoneId zone) {
        return new TimelineEvent(death.diedOn() == null ? null
                : death.diedOn().plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1),
                TimelineEvent.Kind.DEATH, death.dateKnown() ? "Died on " + death.diedOn() : "Died (date unknown)",
                death.source(), null);
    }

    private static String name(Map<UUID, Staff.Person> names, UUID person) {
        return person == null || !names.containsKey(person) ? null : names.get(person).displayName();
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
