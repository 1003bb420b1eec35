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
import org.careloop.patient.PatientGate;
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
        return gate.change(patientId, AuditAction.CREATE, RESOURCE, id, access -> start(access.practiceId(), id, patientId,
                program, activity, interactionId));
    }

    private RunningTimer start(UUID practice, UUID id, UUID patientId, CareProgram program, CareActivity activity,
                               UUID interactionId) {
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
