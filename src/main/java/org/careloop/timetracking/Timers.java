package org.careloop.timetracking;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientScope;
import org.careloop.program.CareProgram;
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
    private final PatientScope scope;
    private final Callers callers;
    private final AuditTrail audit;
    private final Clock clock;

    Timers(RunningTimers timers, TimeLog log, TimeEntryRules rules, Clinicians clinicians, PatientScope scope,
           Callers callers, AuditTrail audit, Clock clock) {
        this.timers = timers;
        this.log = log;
        this.rules = rules;
        this.clinicians = clinicians;
        this.scope = scope;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts the caller's timer on a patient's work; refused while another one of theirs is running. */
    public RunningTimer start(UUID patientId, CareProgram program, CareActivity activity, UUID interactionId,
                              AuditChannel channel) {
        UUID practice = scope.practiceOf(patientId, AuditAction.CREATE, channel, RESOURCE);
        Clinician clinician = clinicians.of(callers.current());
        Instant now = clock.instant();
        rules.refuseTimerProblems(patientId, program, interactionId);
        timers.ofStaff(clinician.id(), now).ifPresent(running -> {
            throw alreadyRunning(running);
        });
        RunningTimer timer = new RunningTimer(UUID.randomUUID(), clinician.id(), patientId, program, activity,
                interactionId, now, 0);
        try {
            timers.insert(timer, practice);
        } catch (DuplicateKeyException e) {
            throw alreadyRunning(timers.ofStaff(clinician.id(), now).orElse(timer));
        }
        audit.record(PatientDataAccess.of(AuditAction.CREATE, channel, practice, patientId, RESOURCE, timer.id()));
        return timer;
    }

    /** The caller's running timer, if any. */
    public Optional<RunningTimer> current(AuditChannel channel) {
        Optional<RunningTimer> running = timers.ofStaff(callers.current().userId(), clock.instant());
        running.ifPresent(timer -> audit.record(PatientDataAccess.of(AuditAction.READ, channel,
                scope.practiceOf(timer.patientId(), AuditAction.READ, channel, RESOURCE), timer.patientId(),
                RESOURCE, timer.id())));
        return running;
    }

    /**
     * Stops the caller's timer and logs its whole minutes; a contact given here replaces the one given at start.
     * Refused before a full minute has passed (nothing is rounded up); the timer then keeps running.
     */
    public LoggedTime stop(UUID timerId, String notes, UUID interactionId, AuditChannel channel) {
        RunningTimer timer = mine(timerId);
        UUID practice = scope.practiceOf(timer.patientId(), AuditAction.CREATE, channel, TimeLog.RESOURCE);
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
        return log.logFor(practice, timer.patientId(), new NewTimeEntry(details, false, null), channel,
                () -> timers.delete(timerId, timer.staffId()));
    }

    /** Throws the caller's timer away without logging anything. */
    public void discard(UUID timerId, AuditChannel channel) {
        RunningTimer timer = mine(timerId);
        UUID practice = scope.practiceOf(timer.patientId(), AuditAction.DELETE, channel, RESOURCE);
        timers.delete(timerId, timer.staffId());
        audit.record(PatientDataAccess.of(AuditAction.DELETE, channel, practice, timer.patientId(), RESOURCE, timerId));
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
