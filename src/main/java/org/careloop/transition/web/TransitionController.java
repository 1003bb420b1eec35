package org.careloop.transition.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.transition.TransitionView;
import org.careloop.transition.Transitions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Transitions of care: a patient's discharges and ED visits, the contact after them and the provider's visit. */
@RestController
@Tag(name = "Transitions of care")
class TransitionController {

    private final Transitions transitions;

    TransitionController(Transitions transitions) {
        this.transitions = transitions;
    }

    @GetMapping("/api/patients/{id}/transitions")
    @Operation(summary = "The patient's transitions of care, the latest discharge first, with deadlines and status")
    List<TransitionView> ofPatient(@PathVariable UUID id) {
        return transitions.ofPatient(id);
    }

    @GetMapping("/api/transitions/{transitionId}")
    @Operation(summary = "One transition of care")
    TransitionView one(@PathVariable UUID transitionId) {
        return transitions.find(transitionId);
    }

    @PostMapping("/api/transitions/{transitionId}/contacts")
    @Operation(summary = "Record a call or visit after the discharge (reached: the interactive contact; not "
            + "reached: an attempt); it is also the patient's contact. Send the version you read")
    TransitionView contact(@PathVariable UUID transitionId, @RequestBody Transitions.ContactReport report) {
        return transitions.recordContact(transitionId, report);
    }

    @PostMapping("/api/transitions/{transitionId}/face-to-face")
    @Operation(summary = "A provider records the face-to-face visit and its medical decision making (MODERATE or "
            + "HIGH). Send the version you read")
    TransitionView faceToFace(@PathVariable UUID transitionId, @RequestBody Transitions.FaceToFaceReport report) {
        return transitions.recordFaceToFace(transitionId, report);
    }
}
