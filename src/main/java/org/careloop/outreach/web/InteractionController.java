package org.careloop.outreach.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.outreach.Interaction;
import org.careloop.outreach.Outreach;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Calls, messages and visits with a patient over JSON. */
@RestController
@RequestMapping("/api/patients/{patientId}/interactions")
@Tag(name = "Outreach", description = "Contacts with patients: calls, messages, visits and how they went")
class InteractionController {

    private final Outreach outreach;

    InteractionController(Outreach outreach) {
        this.outreach = outreach;
    }

    @PostMapping
    @Operation(summary = "Record a call, message or visit with its outcome, topics, notes and follow-up date")
    ResponseEntity<Interaction> record(@PathVariable UUID patientId, @RequestBody InteractionForm form) {
        Interaction recorded = outreach.record(patientId, form.toNewInteraction());
        return ResponseEntity.status(HttpStatus.CREATED).body(recorded);
    }

    @GetMapping
    @Operation(summary = "The patient's contacts, newest first")
    List<Interaction> history(@PathVariable UUID patientId) {
        return outreach.history(patientId);
    }
}
