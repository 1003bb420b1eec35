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
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientScope;
import org.careloop.program.CareProgram;
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
    private final PatientScope scope;
    private final Callers callers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeLog(TimeEntries entries, ClosedMonths closedMonths, TimeEntryRules rules, TimeEntryWrites writes,
            Clinicians clinicians, PatientScope scope, Callers callers, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.closedMonths = closedMonths;
        this.rules = rules;
        this.writes = writes;
        this.clinicians = clinicians;
        this.scope = scope;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Logs the signed-in clinician's time for the patient. */
    public LoggedTime log(UUID patientId, NewTimeEntry entry, AuditChannel channel) {
        UUID practice = scope.practiceOf(patientId, AuditAction.CREATE, channel, RESOURCE);
        return logFor(practice, patientId, entry, channel, () -> { });
    }

    /** Logs time for a patient already scoped; {@code alongside} runs in the same transaction. */
    LoggedTime logFor(UUID practice, UUID patientId, NewTimeEntry entry, AuditChannel channel, Runnable alongside) {
        Clinician clinician = clinicians.of(callers.current());
        Instant now = clock.instant();
        rules.refuseProblems(patientId, entry.details(), entry.amends(), now);
        UUID id = UUID.randomUUID();
        writes.write(AuditAction.CREATE, channel, practice, patientId, id, clinician.id(), entry.details().span(), () -> {
            closedMonths.holdOpen(practice, entry.details().span().monthIn(zone()));
            TimeEntry logged = TimeEntry.log(id, patientId, practice, clinician, entry, zone(), closed(practice), now);
            entries.insert(logged);
            entries.keepVersion(logged, clinician.name());
            alongside.run();
            logged.events().forEach(events::publishEvent);
        });
        return entries.find(id).orElseThrow();
    }

    /** The patient's entries dated in the month, newest first, with minutes per program. */
    public PatientMonthTime month(UUID patientId, YearMonth month, AuditChannel channel) {
        UUID practice = scope.practiceOf(patientId, AuditAction.READ, channel, RESOURCE);
        YearMonth chosen = month != null ? month : YearMonth.now(clock);
        List<LoggedTime> found = entries.ofPatient(patientId, chosen);
        Map<CareProgram, Integer> minutes = new EnumMap<>(CareProgram.class);
        found.stream().filter(entry -> !entry.withdrawn())
                .forEach(entry -> minutes.merge(entry.program(), entry.minutes(), Integer::sum));
        audit.record(PatientDataAccess.of(AuditAction.READ, channel, practice, patientId, RESOURCE, null));
        return new PatientMonthTime(patientId, chosen, closedMonths.isClosed(practice, chosen), minutes, found);
    }

    public LoggedTime find(UUID entryId, AuditChannel channel) {
        UUID patientId = patientOf(entryId, AuditAction.READ, channel);
        UUID practice = scope.practiceOf(patientId, AuditAction.READ, channel, RESOURCE);
        LoggedTime found = entries.find(entryId).orElseThrow();
        audit.record(PatientDataAccess.of(AuditAction.READ, channel, practice, patientId, RESOURCE, entryId));
        return found;
    }

    /** Every version of the entry, the original first, each with who made it and when. */
    public List<TimeEntryVersion> history(UUID entryId, AuditChannel channel) {
        UUID patientId = patientOf(entryId, AuditAction.READ, channel);
        UUID practice = scope.practiceOf(patientId, AuditAction.READ, channel, RESOURCE);
        List<TimeEntryVersion> versions = entries.history(entryId);
        audit.record(PatientDataAccess.of(AuditAction.READ, channel, practice, patientId, RESOURCE, entryId));
        return versions;
    }

    /** Changes what an entry says if nobody changed it since {@code version}; the earlier version is kept. */
    public LoggedTime revise(UUID entryId, int version, TimeDetails changed, AuditChannel channel) {
        UUID patientId = patientOf(entryId, AuditAction.UPDATE, channel);
        UUID practice = scope.practiceOf(patientId, AuditAction.UPDATE, channel, RESOURCE);
        Clinician editor = clinicians.of(callers.current());
        Instant now = clock.instant();
        rules.refuseProblems(patientId, changed, null, now);
        UUID staffId = entries.find(entryId).orElseThrow().staffId();
        writes.write(AuditAction.UPDATE, channel, practice, patientId, entryId, staffId, changed.span(), () -> {
            TimeEntry entry = current(entryId, version);
            closedMonths.holdOpen(practice, YearMonth.from(entry.date()));
            closedMonths.holdOpen(practice, changed.span().monthIn(zone()));
            entry.revise(changed, zone(), closed(practice), editor.id(), now);
            save(entry, editor);
        });
        return entries.find(entryId).orElseThrow();
    }

    /** Takes an entry back: it stops counting but stays on record, with its history. */
    public LoggedTime withdraw(UUID entryId, Integer version, AuditChannel channel) {
        UUID patientId = patientOf(entryId, AuditAction.DELETE, channel);
        UUID practice = scope.practiceOf(patientId, AuditAction.DELETE, channel, RESOURCE);
        Clinician editor = clinicians.of(callers.current());
        Instant now = clock.instant();
        writes.write(AuditAction.DELETE, channel, practice, patientId, entryId, null, null, () -> {
            TimeEntry entry = current(entryId, version);
            closedMonths.holdOpen(practice, YearMonth.from(entry.date()));
            entry.withdraw(closed(practice), editor.id(), now);
            save(entry, editor);
        });
        return entries.find(entryId).orElseThrow();
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

    private UUID patientOf(UUID entryId, AuditAction action, AuditChannel channel) {
        return entries.patientOf(entryId).orElseThrow(() -> {
            audit.record(PatientDataAccess.of(action, channel, null, null, RESOURCE, entryId)
                    .withOutcome(AuditOutcome.NOT_FOUND, "no such time entry"));
            return new NotFound("No time entry " + entryId);
        });
    }

    private Predicate<YearMonth> closed(UUID practice) {
        return month -> closedMonths.isClosed(practice, month);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
