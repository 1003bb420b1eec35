package org.careloop.timetracking.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.InvalidRequest;
import org.careloop.timetracking.LoggedTime;
import org.careloop.timetracking.PatientMonthTime;
import org.careloop.timetracking.TimeEntryVersion;
import org.careloop.timetracking.TimeLog;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Care-management time over JSON: log, list by month, revise with the version read, withdraw, history. */
@RestController
@Tag(name = "Time tracking", description = "Minutes of care-management work, with their audit trail")
class TimeEntryController {

    private final TimeLog log;

    TimeEntryController(TimeLog log) {
        this.log = log;
    }

    @PostMapping("/api/patients/{patientId}/time-entries")
    @Operation(summary = "Log your time: start and end, or start and minutes; in a closed month only as an amendment")
    ResponseEntity<LoggedTime> log(@PathVariable UUID patientId, @RequestBody TimeEntryForm form) {
        LoggedTime logged = log.log(patientId, form.toNewEntry());
        return ResponseEntity.created(URI.create("/api/time-entries/" + logged.id())).body(logged);
    }

    @GetMapping("/api/patients/{patientId}/time-entries")
    @Operation(summary = "The patient's entries in a month (default: this month), newest first, minutes per program")
    PatientMonthTime month(@PathVariable UUID patientId, @RequestParam(required = false) String month) {
        return log.month(patientId, month(month));
    }

    @GetMapping("/api/time-entries/{id}")
    @Operation(summary = "One time entry, showing whether and by whom it was edited")
    LoggedTime find(@PathVariable UUID id) {
        return log.find(id);
    }

    @PutMapping("/api/time-entries/{id}")
    @Operation(summary = "Revise an entry with the version you read (409 when stale or its month is closed)")
    LoggedTime revise(@PathVariable UUID id, @RequestBody TimeEntryForm form) {
        return log.revise(id, form.version() == null ? -1 : form.version(), form.toRevision());
    }

    @DeleteMapping("/api/time-entries/{id}")
    @Operation(summary = "Withdraw an entry: it stops counting and stays on record (409 when its month is closed)")
    LoggedTime withdraw(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        return log.withdraw(id, version);
    }

    @GetMapping("/api/time-entries/{id}/history")
    @Operation(summary = "Every version of an entry, the original first, with who changed it and when")
    List<TimeEntryVersion> history(@PathVariable UUID id) {
        return log.history(id);
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("Invalid month", Map.of("month", "must be a month like 2026-11"));
        }
    }
}
