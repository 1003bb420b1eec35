package org.careloop.enrollment.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.enrollment.EligibilityScreening;
import org.careloop.enrollment.EligibilityVerdict;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether a patient looks eligible for CCM or PCM, and why: a suggestion the billing practitioner attests. */
@RestController
@Tag(name = "Enrollment")
class EligibilityController {

    private final EligibilityScreening screening;

    EligibilityController(EligibilityScreening screening) {
        this.screening = screening;
    }

    @GetMapping("/api/patients/{id}/eligibility")
    @Operation(summary = "Suggested CCM and PCM eligibility from the active problem list, with reasons")
    EligibilityVerdict eligibility(@PathVariable UUID id) {
        return screening.screen(id);
    }
}
