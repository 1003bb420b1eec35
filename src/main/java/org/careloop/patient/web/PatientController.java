package org.careloop.patient.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.InvalidRequest;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.patient.DeathReport;
import org.careloop.patient.PatientPage;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient registry over JSON: read, register and revise (with the version read, or 409). The search of
 * {@code GET /api/patients} is the patient list's (module patientlist), which adds enrollment to it.
 */
@RestController
@RequestMapping("/api/patients")
@Tag(name = "Patients", description = "The patient registry of the caller's practices")
class PatientController {

    private final PatientRegistry registry;
    private final Callers callers;

    PatientController(PatientRegistry registry, Callers callers) {
        this.registry = registry;
        this.callers = callers;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One patient's registry entry, with contacts, identifiers and the version to send back")
    PatientRecord find(@PathVariable UUID id) {
        return registry.find(id);
    }

    @PostMapping
    @Operation(summary = "Register a patient; the practice hands out an MRN when none is given")
    ResponseEntity<PatientRecord> register(@RequestBody PatientForm form) {
        PatientRecord created = registry.register(form.toDetails(onlyPractice(callers.current())));
        return ResponseEntity.created(URI.create("/api/patients/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a patient; answers 409 and changes nothing when the version is not the latest")
    PatientRecord revise(@PathVariable UUID id, @RequestBody PatientForm form) {
        if (form.version() == null) {
            throw new InvalidRequest("Invalid version", Map.of("version", "must be the version you read"));
        }
        return registry.revise(id, form.version(), form.toDetails(null));
    }

    @PostMapping("/{id}/death")
    @Operation(summary = "Record that the patient died: enrollments end that day, open tasks are cancelled, running "
            + "timers stop; a future date or one before birth is refused (400), an already recorded death 409")
    PatientRecord recordDeath(@PathVariable UUID id, @RequestBody(required = false) DeathReport report) {
        return registry.recordDeath(id, report == null ? new DeathReport(null, null, null) : report);
    }

    private static UUID onlyPractice(Caller caller) {
        return caller.practiceIds().size() == 1 ? caller.practiceIds().iterator().next() : null;
    }
}
