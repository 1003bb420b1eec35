package org.careloop.timetracking.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.timetracking.LoggedTime;
import org.careloop.timetracking.RunningTimer;
import org.careloop.timetracking.Timers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in clinician's running timer. */
@RestController
@RequestMapping("/api/timers")
@Tag(name = "Time tracking")
class TimerController {

    /** Optional details given when stopping. */
    record StopForm(String notes, UUID interactionId) {
    }

    private final Timers timers;

    TimerController(Timers timers) {
        this.timers = timers;
    }

    @PostMapping
    @Operation(summary = "Start a timer on a patient's work; refused (409) while another of yours is running")
    ResponseEntity<RunningTimer> start(@RequestBody TimerForm form) {
        TimerForm.Checked checked = form.checked();
        return ResponseEntity.status(HttpStatus.CREATED).body(timers.start(checked.patientId(), checked.program(),
                checked.activity(), checked.interactionId()));
    }

    @GetMapping("/current")
    @Operation(summary = "Your running timer, or 204 when none is running")
    ResponseEntity<RunningTimer> current() {
        return timers.current().map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop your timer and log its whole minutes as a time entry")
    ResponseEntity<LoggedTime> stop(@PathVariable UUID id, @RequestBody(required = false) StopForm form) {
        StopForm given = form != null ? form : new StopForm(null, null);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(timers.stop(id, given.notes(), given.interactionId()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Discard your timer without logging anything")
    ResponseEntity<Void> discard(@PathVariable UUID id) {
        timers.discard(id);
        return ResponseEntity.noContent().build();
    }
}
