package org.careloop.timetracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.careloop.RefusedTransition;

/**
 * Minutes one person spent on one patient's care, attributed to one program and activity. The entry owns its
 * rules: time dated in a month closed for billing never changes (a correction is a new, flagged amendment), a
 * withdrawn entry stays withdrawn, and every change bumps the version so the earlier one can be kept.
 */
final class TimeEntry {

    private final UUID id;
    private final UUID patientId;
    private final UUID practiceId;
    private final Clinician clinician;
    private TimeDetails details;
    private LocalDate date;
    private final boolean amendment;
    private final UUID amends;
    private boolean withdrawn;
    private int version;
    private final UUID recordedBy;
    private final Instant recordedAt;
    private UUID revisedBy;
    private Instant revisedAt;
    private final List<Object> events = new ArrayList<>();

    TimeEntry(UUID id, UUID patientId, UUID practiceId, Clinician clinician, TimeDetails details, LocalDate date,
              boolean amendment, UUID amends, boolean withdrawn, int version, UUID recordedBy, Instant recordedAt,
              UUID revisedBy, Instant revisedAt) {
        this.id = id;
        this.patientId = patientId;
        this.practiceId = practiceId;
        this.clinician = clinician;
        this.details = details;
        this.date = date;
        this.amendment = amendment;
        this.amends = amends;
        this.withdrawn = withdrawn;
        this.version = version;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
    }

    /** Logs the clinician's time; refused in a closed month unless it is an amendment. */
    static TimeEntry log(UUID id, UUID patientId, UUID practiceId, Clinician clinician, NewTimeEntry entry,
                         ZoneId zone, Predicate<YearMonth> closed, Instant now) {
        boolean amendment = entry.amendment() || entry.amends() != null;
        LocalDate date = entry.details().span().dateIn(zone);
        if (!amendment && closed.test(YearMonth.from(date))) {
            throw new RefusedTransition(closedMessage(YearMonth.from(date)));
        }
        TimeEntry logged = new TimeEntry(id, patientId, practiceId, clinician, entry.details(), date, amendment,
                entry.amends(), false, 0, clinician.id(), now, null, null);
        logged.events.add(new TimeLogged(id, patientId, practiceId, clinician.id(), clinician.category(),
                entry.details().program(), entry.details().activity(), date, logged.minutes(), amendment,
                entry.amends(), now));
        return logged;
    }

    /** Replaces what the entry says; the month it was in and the month it moves to must both be open. */
    void revise(TimeDetails changed, ZoneId zone, Predicate<YearMonth> closed, UUID editor, Instant now) {
        refuseChangeIfWithdrawnOrClosed(closed);
        LocalDate newDate = changed.span().dateIn(zone);
        if (closed.test(YearMonth.from(newDate))) {
            throw new RefusedTransition(closedMessage(YearMonth.from(newDate)));
        }
        LocalDate previousDate = date;
        int previousMinutes = minutes();
        details = changed;
        date = newDate;
        changedBy(editor, now, previousDate, previousMinutes);
    }

    /** Takes the entry back: its minutes stop counting, and it stays on record with its history. */
    void withdraw(Predicate<YearMonth> closed, UUID editor, Instant now) {
        refuseChangeIfWithdrawnOrClosed(closed);
        withdrawn = true;
        changedBy(editor, now, date, minutes());
    }

    private void refuseChangeIfWithdrawnOrClosed(Predicate<YearMonth> closed) {
        if (withdrawn) {
            throw new RefusedTransition("Time entry " + id + " is withdrawn; it cannot change any more");
        }
        if (closed.test(YearMonth.from(date))) {
            throw new RefusedTransition(closedMessage(YearMonth.from(date)));
        }
    }

    private void changedBy(UUID editor, Instant now, LocalDate previousDate, int previousMinutes) {
        version++;
        revisedBy = editor;
        revisedAt = now;
        events.add(new TimeEntryRevised(id, patientId, practiceId, version, previousDate, previousMinutes, date,
                minutes(), details.program(), withdrawn, editor, now));
    }

    static String closedMessage(YearMonth month) {
        return ClosedMonths.name(month) + " is closed for billing; record an amendment";
    }

    int minutes() {
        return details.span().minutes();
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    UUID id() { return id; }
    UUID patientId() { return patientId; }
    UUID practiceId() { return practiceId; }
    Clinician clinician() { return clinician; }
    TimeDetails details() { return details; }
    LocalDate date() { return date; }
    boolean amendment() { return amendment; }
    UUID amends() { return amends; }
    boolean withdrawn() { return withdrawn; }
    int version() { return version; }
    UUID recordedBy() { return recordedBy; }
    Instant recordedAt() { return recordedAt; }
    UUID revisedBy() { return revisedBy; }
    Instant revisedAt() { return revisedAt; }

    /** Who made the current version: the editor, or whoever logged it. */
    UUID changedBy() {
        return revisedBy != null ? revisedBy : recordedBy;
    }

    Instant changedAt() {
        return revisedAt != null ? revisedAt : recordedAt;
    }
}
