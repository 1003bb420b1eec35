package org.careloop.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientRegistry;
import org.careloop.task.NewTask;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of an appointment: kept, missed or cancelled. A missed appointment opens one follow-up task for the
 * patient's care manager (the care managers' pool when the patient has none), due the next day: a no-show is often
 * the first sign of a barrier — no ride, a worse illness, a cost — and the visit still needs rebooking.
 */
@Service
public class AppointmentOutcomes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final Appointments appointments;
    private final StoredAppointments stored;
    private final PatientGate gate;
    private final TaskBoard tasks;
    private final PatientRegistry patients;
    private final Practices practices;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentOutcomes(Appointments appointments, StoredAppointments stored, PatientGate gate,
                        TaskBoard tasks, PatientRegistry patients, Practices practices, Callers callers,
                        ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.stored = stored;
        this.gate = gate;
        this.tasks = tasks;
        this.patients = patients;
        this.practices = practices;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Records the outcome; refused when it is already recorded, or kept or missed before its time. */
    @Transactional
    public Appointment record(UUID appointmentId, AppointmentOutcome outcome) {
        AppointmentRules rules = new AppointmentRules();
        AppointmentStatus status = rules.choice(AppointmentStatus.class, "status", outcome.status(), true);
        if (status == AppointmentStatus.SCHEDULED) {
            throw new InvalidRequest("Invalid status", Map.of("status", "must be one of KEPT, MISSED, CANCELLED"));
        }
        String note = rules.text("note", outcome.note(), 2000);
        rules.refuseAny();
        Appointment before = appointments.stored(appointmentId, AuditAction.UPDATE);
        return gate.change(before.patientId(), AuditAction.UPDATE, Appointments.RESOURCE, appointmentId, access -> {
            Appointment after = before.settled(Appointments.version(outcome.version(), before), status, note,
                    clock.instant());
            stored.update(after, callers.current().userId());
            if (after.status() == AppointmentStatus.MISSED && after.followUpTaskId() == null) {
                Task task = tasks.open(followUp(after));
                stored.followUpOpened(after.id(), task.id());
                events.publishEvent(new AppointmentMissed(after.id(), after.patientId(), after.practiceId(),
                        after.startsAt(), task.id()));
                return stored.find(after.id()).orElseThrow();
            }
            return after;
        });
    }

    private NewTask followUp(Appointment missed) {
        ZoneId zone = practices.zoneOf(missed.practiceId());
        UUID careManager = patients.find(missed.patientId()).assignedCareManagerId();
        String what = missed.what();
        return new NewTask(missed.practiceId(), missed.patientId(),
                "Missed " + what + " appointment on " + DAY.format(missed.startsAt().atZone(zone)) + ": call to rebook",
                TaskKind.FOLLOW_UP, careManager, careManager == null ? "CARE_MANAGER" : null,
                LocalDate.now(clock.withZone(zone)).plusDays(1), TaskPriority.ROUTINE,
                "Ask why the appointment was missed (a ride, feeling worse, cost, forgot) and help rebook it"
                        + (missed.withWhom() == null ? "" : " with " + missed.withWhom())
                        + (missed.outcomeNote() == null ? "." : ". Note: " + missed.outcomeNote()),
                "appointment:" + missed.id());
    }
}
