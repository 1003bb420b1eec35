package org.careloop.careplan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.InvalidRequest;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.CopyDelivery;
import org.careloop.careplan.PatientCopies;
import org.careloop.identity.Callers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Provider sign-off, the inbox and review worklist, and the patient's copy (PDF, and documenting it was given). */
@RestController
@Tag(name = "Care plans", description = "Comprehensive care plans: problems, goals, interventions, versions")
class CarePlanSignOffController {

    /** The version the provider reviewed and signs. */
    record SignatureForm(Integer version) {
    }

    private final CarePlanning planning;
    private final CarePlans plans;
    private final PatientCopies copies;
    private final Callers callers;

    CarePlanSignOffController(CarePlanning planning, CarePlans plans, PatientCopies copies, Callers callers) {
        this.planning = planning;
        this.plans = plans;
        this.copies = copies;
        this.callers = callers;
    }

    @PostMapping("/api/care-plans/{id}/sign-off-requests")
    @Operation(summary = "Send the plan to the practice's providers for review and signature")
    CarePlanView requestSignOff(@PathVariable UUID id) {
        return planning.requestSignOff(id);
    }

    @PostMapping("/api/care-plans/{id}/signature")
    @Operation(summary = "Sign the reviewed version (providers of the patient's practice only); the first signature establishes the plan")
    CarePlanView sign(@PathVariable UUID id, @RequestBody SignatureForm form) {
        return planning.sign(id, form.version());
    }

    @GetMapping("/api/care-plans")
    @Operation(summary = "Plans of the caller's practices awaiting sign-off (awaitingSignOff=true) or due for review by a date")
    List<CarePlanSummary> list(@RequestParam(required = false) Boolean awaitingSignOff,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate dueForReviewBy) {
        if (Boolean.TRUE.equals(awaitingSignOff)) {
            return plans.awaitingSignOff(callers.current().practiceIds());
        }
        if (dueForReviewBy != null) {
            return plans.dueForReview(callers.current().practiceIds(), dueForReviewBy);
        }
        throw new InvalidRequest("Say which plans", Map.of("awaitingSignOff", "use awaitingSignOff=true or dueForReviewBy=<date>"));
    }

    @GetMapping(value = "/api/care-plans/{id}/patient-copy.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The patient's copy in plain language and large type, as PDF")
    ResponseEntity<byte[]> patientCopy(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"care-plan-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(copies.pdf(id));
    }

    @PostMapping("/api/care-plans/{id}/copies-given")
    @Operation(summary = "Document that the patient or caregiver was given a copy (method, date, to whom)")
    CarePlanView copyGiven(@PathVariable UUID id, @RequestBody CopyDelivery delivery) {
        return planning.recordCopyGiven(id, delivery);
    }
}
