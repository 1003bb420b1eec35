package org.careloop.timetracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.outreach.Outreach;
import org.careloop.program.CareProgram;
import org.springframework.stereotype.Component;

/**
 * What logged time must point at and when it may lie: work already done (a few minutes of clock drift aside), on a
 * contact with this patient, amending an entry of this patient.
 */
@Component
class TimeEntryRules {

    private static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    private final Outreach outreach;
    private final TimeEntries entries;
    private final RunningTimers timers;
    private final Clock clock;

    TimeEntryRules(Outreach outreach, TimeEntries entries, RunningTimers timers, Clock clock) {
        this.outreach = outreach;
        this.entries = entries;
        this.timers = timers;
        this.clock = clock;
    }

    /**
     * Time logged by hand must not reach into the minutes the same person's running timer is counting: the timer
     * would then overlap the entry when stopped, be refused forever, and its minutes would be lost.
     */
    void refuseOverlapWithRunningTimer(UUID staffId, UUID patientId, TimeSpan span, Instant now) {
        timers.ofStaff(staffId, now).filter(timer -> span.endedAt().isAfter(timer.startedAt())).ifPresent(timer -> {
            String since = clockTime(timer.startedAt());
            throw new RefusedTransition("This time (" + clockTime(span.startedAt()) + " to "
                    + clockTime(span.endedAt()) + ") overlaps the timer running since " + since + " ("
                    + timer.program() + ", " + words(timer.activity()) + ", "
                    + (timer.patientId().equals(patientId) ? "this patient" : "another patient")
                    + "), which is already counting those minutes. Stop the timer first, or log time that ends by "
                    + since + ".");
        });
    }

    /** A timer started now must not run into time the same person already logged (a few minutes ahead at most). */
    void refuseTimerOverLoggedTime(UUID staffId, Instant now) {
        entries.overlapping(staffId, new TimeSpan(now, now.plus(CLOCK_DRIFT)), null).ifPresent(entry -> {
            throw new RefusedTransition("Your time logged from " + clockTime(entry.startedAt()) + " to "
                    + clockTime(entry.endedAt()) + " (" + entry.program() + ", " + words(entry.activity())
                    + ") has not ended yet; start the timer after " + clockTime(entry.endedAt()) + ".");
        });
    }

    private String clockTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone()).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    void refuseProblems(UUID patientId, TimeDetails details, UUID amends, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseUnloggedProgram(details.program(), problems);
        if (details.span().startedAt().isBefore(TimeSpan.EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            problems.put("startedAt", "must not be before " + TimeSpan.EARLIEST_DATE);
        }
        if (details.span().endedAt().isAfter(now.plus(CLOCK_DRIFT))) {
            problems.put("endedAt", "cannot be in the future: log time once it is spent");
        }
        if (details.interactionId() != null && !outreach.isInteractionOf(details.interactionId(), patientId)) {
            problems.put("interactionId", "is not an interaction recorded for this patient");
        }
        if (amends != null && !entries.isEntryOf(amends, patientId)) {
            problems.put("amends", "is not a time entry of this patient");
        }
        refuseAny(problems);
    }

    /** For a timer: a program minutes count toward, and the contact it is started on one of this patient's. */
    void refuseTimerProblems(UUID patientId, CareProgram program, UUID interactionId) {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseUnloggedProgram(program, problems);
        if (interactionId != null && !outreach.isInteractionOf(interactionId, patientId)) {
            problems.put("interactionId", "is not an interaction recorded for this patient");
        }
        refuseAny(problems);
    }

    /** TCM is billed as a service after a discharge; no minute counts toward it. */
    private static void refuseUnloggedProgram(CareProgram program, Map<String, String> problems) {
        if (program != null && !program.isLoggedInMinutes()) {
            problems.put("program", "must be one of " + CareProgram.loggedInMinutes());
        }
    }

    private static void refuseAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }
}
