package org.careloop.careplansharing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.careplansharing.CarePlanShare;
import org.careloop.careplansharing.CarePlanShares;
import org.careloop.careplansharing.MailNotSent;
import org.careloop.careplansharing.ShareMethod;
import org.careloop.careplansharing.SharedPlan;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sharing a patient's care plan with the care team outside the practice, over JSON. */
@RestController
@Tag(name = "Care plans", description = "Comprehensive care plans: problems, goals, interventions, versions")
class CarePlanShareController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final CarePlanShares shares;

    CarePlanShareController(CarePlanShares shares) {
        this.shares = shares;
    }

    @PostMapping("/api/patients/{id}/care-plan/shares")
    @Operation(summary = "Share the care plan with someone outside the practice: method EMAIL sends a summary with "
            + "the plan as a PDF (503 when e-mail is not set up); FHIR_BUNDLE answers the FHIR R4 Bundle itself. "
            + "Either is recorded: who shared which version with whom, how and when")
    ResponseEntity<?> share(@PathVariable UUID id, @RequestBody ShareForm form) {
        SharedPlan shared = shares.share(id, form.toNewShare());
        if (shared.share().method() == ShareMethod.FHIR_BUNDLE) {
            return ResponseEntity.created(URI.create(bundlePath(shared.share().id())))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName(shared.share())).build().toString())
                    .contentType(FHIR_JSON).body(shared.bundle());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(shared.share());
    }

    @GetMapping("/api/patients/{id}/care-plan/shares")
    @Operation(summary = "Who the patient's care plans were shared with, newest first")
    List<CarePlanShare> list(@PathVariable UUID id) {
        return shares.forPatient(id);
    }

    @GetMapping("/api/care-plan-shares/{shareId}/bundle")
    @Operation(summary = "The FHIR Bundle a share handed over, exactly as it was")
    ResponseEntity<String> bundle(@PathVariable UUID shareId) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(shares.bundle(shareId));
    }

    @ExceptionHandler(MailNotSent.class)
    ResponseEntity<ProblemDetail> notSent(MailNotSent notSent) {
        HttpStatus status = notSent.notSetUp() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, notSent.getMessage());
        problem.setTitle(notSent.notSetUp() ? "E-mail is not set up" : "E-mail not sent");
        return ResponseEntity.status(status).body(problem);
    }

    static String bundlePath(UUID shareId) {
        return "/api/care-plan-shares/" + shareId + "/bundle";
    }

    static String fileName(CarePlanShare share) {
        return "care-plan-" + share.program().name().toLowerCase() + "-v" + share.planVersion() + ".fhir.json";
    }
}
