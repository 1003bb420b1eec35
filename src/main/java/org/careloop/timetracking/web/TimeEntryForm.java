package org.careloop.timetracking.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.CareActivity;
import org.careloop.timetracking.NewTimeEntry;
import org.careloop.timetracking.TimeDetails;
import org.careloop.timetracking.TimeSpan;

/**
 * Time as a client sends it: a start and either an end or a number of minutes. When both are given they must agree
 * (whole minutes elapsed). {@code version} is required to revise; {@code amendment}/{@code amends} only to log.
 */
record TimeEntryForm(String program, String activity, OffsetDateTime startedAt, OffsetDateTime endedAt,
                     Integer minutes, UUID interactionId, String notes, Boolean amendment, UUID amends,
                     Integer version) {

    static final int MAX_MINUTES = TimeSpan.MAX_MINUTES;
    static final int MAX_NOTES = 4000;

    NewTimeEntry toNewEntry() {
        return new NewTimeEntry(toDetails(new LinkedHashMap<>()), Boolean.TRUE.equals(amendment), amends);
    }

    TimeDetails toRevision() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (version == null) {
            problems.put("version", "must be the version you read");
        }
        return toDetails(problems);
    }

    private TimeDetails toDetails(Map<String, String> problems) {
        CareProgram chosenProgram = Choices.program(program, problems);
        CareActivity chosenActivity = Choices.choice(CareActivity.class, activity, "activity", problems);
        TimeSpan span = span(problems);
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.put("notes", "at most " + MAX_NOTES + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return new TimeDetails(chosenProgram, chosenActivity, span, interactionId,
                notes == null || notes.isBlank() ? null : notes.strip());
    }

    private TimeSpan span(Map<String, String> problems) {
        if (startedAt == null) {
            problems.put("startedAt", "is required");
            return null;
        }
        if (endedAt == null && minutes == null) {
            problems.put("endedAt", "give endedAt or minutes");
            return null;
        }
        if (endedAt == null) {
            if (minutes < 1 || minutes > MAX_MINUTES) {
                problems.put("minutes", "must be 1 to " + MAX_MINUTES);
                return null;
            }
            return TimeSpan.ofMinutes(startedAt.toInstant(), minutes);
        }
        long elapsed = Duration.between(startedAt, endedAt).toMinutes();
        if (!endedAt.isAfter(startedAt) || elapsed < 1) {
            problems.put("endedAt", "must be at least one whole minute after startedAt");
        } else if (elapsed > MAX_MINUTES) {
            problems.put("endedAt", "at most " + MAX_MINUTES + " minutes after startedAt; log each piece of work");
        } else if (minutes != null && minutes != elapsed) {
            problems.put("minutes", "does not match startedAt to endedAt (" + elapsed + " whole minutes)");
        } else {
            return new TimeSpan(startedAt.toInstant(), endedAt.toInstant());
        }
        return null;
    }
}
