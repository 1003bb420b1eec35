package org.careloop.handoff.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.Choices;
import org.careloop.InvalidRequest;
import org.careloop.handoff.HandOff;
import org.careloop.handoff.HandOffs;
import org.careloop.handoff.HandOver;
import org.careloop.task.TaskPriority;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hand-offs over JSON: hand a call over, read one, take it, finish it. */
@RestController
@Tag(name = "Hand-offs", description = "A call handed to the nurse or the provider as a task carrying its notes")
class HandOffController {

    /** The hand-over as sent; the priority arrives as text so a typo names its field. */
    record HandOverForm(String rolePool, UUID ownerId, String note, LocalDate dueOn, String priority) {

        HandOver toHandOver() {
            return new HandOver(rolePool, ownerId, note, dueOn, Choices.of(TaskPriority.class, priority, "priority"));
        }
    }

    /** Taking or finishing: the version read, and for finishing what was done. */
    record Move(Integer version, String note) {

        int requiredVersion() {
            if (version == null) {
                throw new InvalidRequest("Invalid version", Map.of("version", "is required: send the version you read"));
            }
            return version;
        }
    }

    private final HandOffs handOffs;

    HandOffController(HandOffs handOffs) {
        this.handOffs = handOffs;
    }

    @PostMapping("/api/patients/{patientId}/interactions/{interactionId}/handoffs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hand the call over to the nurses' or providers' pool (rolePool) or a colleague (ownerId); "
            + "the task carries your note and the call's notes")
    HandOff handOver(@PathVariable UUID patientId, @PathVariable UUID interactionId,
                     @RequestBody HandOverForm form) {
        return handOffs.handOver(patientId, interactionId, form.toHandOver());
    }

    @GetMapping("/api/patients/{patientId}/handoffs")
    @Operation(summary = "The patient's hand-offs, open and done, newest first")
    List<HandOff> ofPatient(@PathVariable UUID patientId) {
        return handOffs.ofPatient(patientId);
    }

    @GetMapping("/api/handoffs/{taskId}")
    @Operation(summary = "One hand-off: the task with its notes, who handed it over, who has it, who finished it")
    HandOff one(@PathVariable UUID taskId) {
        return handOffs.find(taskId);
    }

    @PostMapping("/api/handoffs/{taskId}/take")
    @Operation(summary = "Take the hand-off from its pool; refused when a colleague has it already")
    HandOff take(@PathVariable UUID taskId, @RequestBody Move move) {
        return handOffs.take(taskId, move.requiredVersion());
    }

    @PostMapping("/api/handoffs/{taskId}/completion")
    @Operation(summary = "Mark the hand-off done, with an optional note of what was done")
    HandOff complete(@PathVariable UUID taskId, @RequestBody Move move) {
        return handOffs.complete(taskId, move.requiredVersion(), move.note());
    }
}
