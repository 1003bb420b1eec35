package org.careloop.timetracking;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.program.CareProgram;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientDied;
import org.careloop.patient.PatientGate;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A clinician's running timer, kept in PostgreSQL so any instance of CareLoop can stop it: one per person at a
 * time. Stopping turns it into a time entry of the whole minutes elapsed, never rounded up.
 */
@Service
public class Timers {

    static final String RESOURCE = "TimeEntryTimer";

    private final RunningTimers timers;
    private final TimeLog log;
    private final TimeEntryRules rules;
    private final Clinicians clinicians;
    private final PatientGate gate;
    private final Callers callers;
    private final Clock clock;

    Timers(RunningTimers timers, TimeLog log, TimeEntryRules rules, Clinicians clinicians, PatientGate gate,
           Callers callers, Clock clock) {
        this.timers = timers;
        this.log = log;
        this.rules = rules;
        this.clinicians = clinicians;
        this.gate = gate;
        this.callers = callers;
        this.clock = clock;
    }

    /** Starts the caller's timer on a patient's work; refused while another one of theirs is running. */
    public RunningTimer start(UUID patientId, CareProgram program, CareActivity activity, UUID interactionId) {
        UUID id = UUID.randomUUID();
        return gate.change(patientId, AuditAction.CREATE, RESOURCE, id, access -> start(access, id, program, activity,
                interactionId));
    }

    private RunningTimer start(PatientAccess access, UUID id, CareProgram program, CareActivity activity,
                               UUID interactionId) {
        gate.refuseIfDeceased(access, "start a call or a timer");
        UUID practice = access.practiceId();
        UUID patientId = access.patientId();
        Clinician clinician = clinicians.of(callers.current());
        Instant now = clock.instant();
        rules.refuseTimerProblems(patientId, program, interactionId);
        timers.ofStaff(clinician.id(), now).ifPresent(running -> {
            throw alreadyRunning(running);
        });
        rules.refuseTimerOverLoggedTime(clinician.id(), now);
        RunningTimer timer = new RunningTimer(id, clinician.id(), patientId, program, activity,
                interactionId, now, 0);
        try {
            timers.insert(timer, practice);
        } catch (DuplicateKeyException e) {
            throw alreadyRunning(timers.ofStaff(clinician.id(), now).orElse(timer));
        }
        return timer;
    }

    /** The caller's running timer, if any. */
    public Optional<RunningTimer> current() {
        Optional<RunningTimer> running = timers.ofStaff(callers.current().userId(), clock.instant());
        running.ifPresent(timer -> gate.open(timer.patientId(), AuditAction.READ, RESOURCE, timer.id()));
        return running;
    }

    /**
     * Stops the caller's timer and logs its whole minutes; a contact given here replaces the one given at start.
     * Refused before a full minute has passed (nothing is rounded up); the timer then keeps running.
     */
    public LoggedTime stop(UUID timerId, String notes, UUID interactionId) {
        RunningTimer timer = mine(timerId);
        Instant now = clock.instant();
        if (timer.minutesSoFar() < 1) {
            throw new RefusedTransition("Timer " + timerId + " has run for less than a whole minute; "
                    + "keep it running or discard it");
        }
        if (timer.minutesSoFar() > TimeSpan.MAX_MINUTES) {
            throw new RefusedTransition("Timer " + timerId + " has run for " + timer.minutesSoFar() + " minutes, longer "
                    + "than one sitting (" + TimeSpan.MAX_MINUTES + "); discard it and log the time actually spent");
        }
        TimeDetails details = new TimeDetails(timer.program(), timer.activity(),
                new TimeSpan(timer.startedAt(), now), interactionId != null ? interactionId : timer.interactionId(),
                notes == null || notes.isBlank() ? null : notes.strip());
        return log.logFor(timer.patientId(), new NewTimeEntry(details, false, null),
                () -> timers.delete(timerId, timer.staffId()));
    }

    /** Throws the caller's timer away without logging anything. */
    public void discard(UUID timerId) {
        RunningTimer timer = mine(timerId);
        gate.change(timer.patientId(), AuditAction.DELETE, RESOURCE, timerId, access -> {
            timers.delete(timerId, timer.staffId());
            return timerId;
        });
    }

    /**
     * The patient died: every timer running on their work stops. It stops at the end of the day of death or now,
     * whichever is earlier (a timer started after that day stops now), and its whole minutes are logged for the
     * clinician who started it, noting why; billing then counts only what lies on or before the day of death. A
     * timer of less than a minute, or longer than one sitting, logs nothing and is removed, as its owner would have
     * to discard it. Time that cannot be logged as it stands leaves the timer running for its owner to deal with.
     */
    @EventListener
    void on(PatientDied died) {
        Instant now = clock.instant();
        Instant endOfDeathDay = died.diedOn() == null ? now
                : died.diedOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        for (RunningTimer timer : timers.onPatient(died.patientId(), now)) {
            Instant end = endOfDeathDay.isBefore(now) && endOfDeathDay.isAfter(timer.startedAt()) ? endOfDeathDay : now;
            long minutes = java.time.Duration.between(timer.startedAt(), end).toMinutes();
            Runnable remove = () -> timers.delete(timer.id(), timer.staffId());
            if (minutes < 1 || minutes > TimeSpan.MAX_MINUTES) {
                remove.run();
                gate.recordSystemChange(died.patientId(), died.practiceId(), AuditAction.DELETE, RESOURCE, timer.id());
                continue;
            }
            clinicians.ofStaff(timer.staffId()).ifPresent(owner -> log.logStoppedTimer(died.practiceId(),
                    died.patientId(), owner, new NewTimeEntry(new TimeDetails(timer.program(), timer.activity(),
                            new TimeSpan(timer.startedAt(), end), timer.interactionId(),
                            "Timer stopped by CareLoop: " + died.death().reason()), false, null), remove));
        }
    }

    /** Timers are personal: someone else's is answered like a missing one. */
    private RunningTimer mine(UUID timerId) {
        Caller caller = callers.current();
        return timers.ofStaff(caller.userId(), clock.instant()).filter(timer -> timer.id().equals(timerId))
                .orElseThrow(() -> new NotFound("No running timer " + timerId + " of yours"));
    }

    private static RefusedTransition alreadyRunning(RunningTimer running) {
        return new RefusedTransition("You already have a timer running: timer " + running.id() + " on patient "
                + running.patientId() + " (" + running.program() + ", " + running.activity() + ") since "
                + running.startedAt() + "; stop or discard it before starting another");
    }
}
