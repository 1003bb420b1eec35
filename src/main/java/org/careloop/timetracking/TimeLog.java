package org.careloop.timetracking;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.careloop.NotFound;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.program.CareProgram;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Logging, revising and reading a patient's care-management time. Every operation is scoped to the caller's
 * practices (an entry of another practice's patient is {@link NotFound}) and audited, refusals included. Only
 * clinical staff and billing practitioners log or revise time; one person's entries never overlap (the database
 * refuses it); edits keep every earlier version with its editor.
 */
@Service
public class TimeLog {

    static final String RESOURCE = "TimeEntry";

    private final TimeEntries entries;
    private final ClosedMonths closedMonths;
    private final TimeEntryRules rules;
    private final TimeEntryWrites writes;
    private final Clinicians clinicians;
    private final PatientGate gate;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeLog(TimeEntries entries, ClosedMonths closedMonths, TimeEntryRules rules, TimeEntryWrites writes,
            Clinicians clinicians, PatientGate gate, Callers callers,
            ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.closedMonths = closedMonths;
        this.rules = rules;
        this.writes = writes;
        this.clinicians = clinicians;
        this.gate = gate;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Logs the signed-in clinician's time for the patient. */
    public LoggedTime log(UUID patientId, NewTimeEntry entry) {
        UUID id = UUID.randomUUID();
        gate.change(patientId, AuditAction.CREATE, RESOURCE, id, access -> {
            // time typed by hand must not cover the caller's running timer, or the timer could never be stopped
            rules.refuseOverlapWithRunningTimer(clinicians.of(callers.current()).id(), patientId,
                    entry.details().span(), clock.instant());
            logFor(access, id, entry, () -> { });
            return id;
        });
        return entries.find(id).orElseThrow();
    }

    /** Logs time for the patient through the gate; {@code alongside} runs in the same transaction. */
    LoggedTime logFor(UUID patientId, NewTimeEntry entry, Runnable alongside) {
        UUID id = UUID.randomUUID();
        gate.change(patientId, AuditAction.CREATE, RESOURCE, id, access -> {
            logFor(access, id, entry, alongside);
            return id;
        });
        return entries.find(id).orElseThrow();
    }

    private void logFor(PatientAccess access, UUID id, NewTimeEntry entry, Runnable alongside) {
        UUID practice = access.practiceId();
        UUID patientId = access.patientId();
        Clinician clinician = clinicians.of(callers.current());
        Instant now = clock.instant();
        rules.refuseProblems(patientId, entry.details(), entry.amends(), now);
        writes.write(id, clinician.id(), entry.details().span(), () -> {
            closedMonths.holdOpen(practice, entry.details().span().monthIn(zone()));
            TimeEntry logged = TimeEntry.log(id, patientId, practice, clinician, entry, zone(), closed(practice), now);
            entries.insert(logged);
            entries.keepVersion(logged, clinician.name());
            alongside.run();
            logged.events().forEach(events::publishEvent);
        });
    }

    /**
     * Logs a timer CareLoop stopped on its owner's behalf (the patient died), inside the transaction that recorded
     * the death, as the system's change. Time that cannot be logged as it stands (it overlaps the owner's entries,
     * its month is closed, its contact is gone) is not logged: the timer is then left for its owner to stop or
     * discard, so no minute is lost and the death is recorded all the same.
     */
    boolean logStoppedTimer(UUID practiceId, UUID patientId, Clinician owner, NewTimeEntry entry, Runnable alongside) {
        Instant now = clock.instant();
        TimeSpan span = entry.details().span();
        try {
            rules.refuseProblems(patientId, entry.details(), null, now);
        } catch (RuntimeException refused) {
            return false;
        }
        if (entries.overlapping(owner.id(), span, null).isPresent() || closed(practiceId).test(span.monthIn(zone()))) {
            return false;
        }
        closedMonths.holdOpen(practiceId, span.monthIn(zone()));
        UUID id = UUID.randomUUID();
        TimeEntry logged = TimeEntry.log(id, patientId, practiceId, owner, entry, zone(), closed(practiceId), now);
        entries.insert(logged);
        entries.keepVersion(logged, owner.name());
        alongside.run();
        gate.recordSystemChange(patientId, practiceId, AuditAction.CREATE, RESOURCE, id);
        logged.events().forEach(events::publishEvent);
        return true;
    }

    /** The patient's entries dated in the month, newest first, with minutes per program. */
    public PatientMonthTime month(UUID patientId, YearMonth month) {
        UUID practice = gate.open(patientId, AuditAction.READ, RESOURCE).practiceId();
        YearMonth chosen = month != null ? month : YearMonth.now(clock);
        List<LoggedTime> found = entries.ofPatient(patientId, chosen);
        Map<CareProgram, Integer> minutes = new EnumMap<>(CareProgram.class);
        found.stream().filter(entry -> !entry.withdrawn())
                .forEach(entry -> minutes.merge(entry.program(), entry.minutes(), Integer::sum));
        return new PatientMonthTime(patientId, chosen, closedMonths.isClosed(practice, chosen), minutes, found);
    }

    public LoggedTime find(UUID entryId) {
        gate.open(patientOf(entryId, AuditAction.READ), AuditAction.READ, RESOURCE, entryId);
        return entries.find(entryId).orElseThrow();
    }

    /** Every version of the entry, the original first, each with who made it and when. */
    public List<TimeEntryVersion> history(UUID entryId) {
        gate.open(patientOf(entryId, AuditAction.READ), AuditAction.READ, RESOURCE, entryId);
        return entries.history(entryId);
    }

    /** Changes what an entry says if nobody changed it since {@code version}; the earlier version is kept. */
    public LoggedTime revise(UUID entryId, int version, TimeDetails changed) {
        UUID patientId = patientOf(entryId, AuditAction.UPDATE);
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, entryId, access -> {
            UUID practice = access.practiceId();
            Clinician editor = clinicians.of(callers.current());
            Instant now = clock.instant();
            rules.refuseProblems(patientId, changed, null, now);
            UUID staffId = entries.find(entryId).orElseThrow().staffId();
            rules.refuseOverlapWithRunningTimer(staffId, patientId, changed.span(), now);
            writes.write(entryId, staffId, changed.span(), () -> {
                TimeEntry entry = current(entryId, version);
                closedMonths.holdOpen(practice, YearMonth.from(entry.date()));
                closedMonths.holdOpen(practice, changed.span().monthIn(zone()));
                entry.revise(changed, zone(), closed(practice), editor.id(), now);
                save(entry, editor);
            });
            return entries.find(entryId).orElseThrow();
        });
    }

    /** Takes an entry back: it stops counting but stays on record, with its history. */
    public LoggedTime withdraw(UUID entryId, Integer version) {
        return gate.change(patientOf(entryId, AuditAction.DELETE), AuditAction.DELETE, RESOURCE, entryId, access -> {
            UUID practice = access.practiceId();
            Clinician editor = clinicians.of(callers.current());
            Instant now = clock.instant();
            writes.write(entryId, null, null, () -> {
                TimeEntry entry = current(entryId, version);
                closedMonths.holdOpen(practice, YearMonth.from(entry.date()));
                entry.withdraw(closed(practice), editor.id(), now);
                save(entry, editor);
            });
            return entries.find(entryId).orElseThrow();
        });
    }

    private TimeEntry current(UUID entryId, Integer version) {
        TimeEntry entry = entries.lock(entryId).orElseThrow(() -> new NotFound("No time entry " + entryId));
        if (version != null && entry.version() != version) {
            throw new StaleVersion("Time entry " + entryId + " was changed by someone else since version " + version
                    + "; reload it and apply your change again", entry.version());
        }
        return entry;
    }

    private void save(TimeEntry entry, Clinician editor) {
        entries.update(entry);
        entries.keepVersion(entry, editor.name());
        entry.events().forEach(events::publishEvent);
    }

    private UUID patientOf(UUID entryId, AuditAction action) {
        return entries.patientOf(entryId)
                .orElseThrow(() -> gate.refuse(action, RESOURCE, entryId, "No time entry " + entryId));
    }

    private Predicate<YearMonth> closed(UUID practice) {
        return month -> closedMonths.isClosed(practice, month);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
