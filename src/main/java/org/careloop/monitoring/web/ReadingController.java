package org.careloop.monitoring.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.monitoring.NewReading;
import org.careloop.monitoring.Reading;
import org.careloop.monitoring.Readings;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A patient's readings: imported, keyed in by the care team, and marked in error. */
@RestController
@RequestMapping("/api/patients/{patientId}/readings")
@Tag(name = "Readings")
class ReadingController {

    /** Why a reading is wrong; {@code version} is the version read. */
    record InError(String reason, Integer version) {
    }

    private final Readings readings;

    ReadingController(Readings readings) {
        this.readings = readings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Key in a reading (CLINIC or PATIENT_REPORTED); it is judged against the alert protocols")
    Reading record(@PathVariable UUID patientId, @RequestBody NewReading reading) {
        return readings.record(patientId, reading);
    }

    @GetMapping
    @Operation(summary = "The patient's readings, newest first; kind= one of BLOOD_PRESSURE, WEIGHT, GLUCOSE, SPO2, "
            + "HEART_RATE, TEMPERATURE")
    List<Reading> list(@PathVariable UUID patientId, @RequestParam(required = false) String kind) {
        return readings.list(patientId, kind);
    }

    @PostMapping("/{readingId}/in-error")
    @Operation(summary = "Mark a reading in error with the reason; it stays stored with the correction")
    Reading inError(@PathVariable UUID patientId, @PathVariable UUID readingId, @RequestBody InError body) {
        return readings.markInError(patientId, readingId, body.reason(), body.version());
    }
}
