package org.careloop.careplan.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.careplan.CarePlanRevision;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlanTemplates;
import org.careloop.careplan.CarePlanVersion;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.GoalProgress;
import org.careloop.careplan.NewCarePlan;
import org.careloop.careplan.PlanReview;
import org.careloop.careplan.VersionComparison;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Care plans over JSON: start from templates, read, revise (with the version read, or 409), history and compare. */
@RestController
@Tag(name = "Care plans", description = "Comprehensive care plans: problems, goals, interventions, versions")
class CarePlanController {

    private final CarePlanning planning;
    private final CarePlans plans;
    private final CarePlanTemplates templates;

    CarePlanController(CarePlanning planning, CarePlans plans, CarePlanTemplates templates) {
        this.planning = planning;
        this.plans = plans;
        this.templates = templates;
    }

    @GetMapping("/api/care-plan-templates")
    @Operation(summary = "The templates a plan can start from (diabetes, hypertension, heart failure, COPD, CKD, depression)")
    List<CarePlanTemplates.Choice> templates() {
        return templates.choices();
    }

    @PostMapping("/api/patients/{patientId}/care-plans")
    @Operation(summary = "Start a draft care plan for a program from templates; 409 when a living plan for the program exists")
    ResponseEntity<CarePlanView> start(@PathVariable UUID patientId, @RequestBody NewCarePlan request) {
        CarePlanView plan = planning.start(patientId, request);
        return ResponseEntity.created(URI.create("/api/care-plans/" + plan.id())).body(plan);
    }

    @GetMapping("/api/patients/{patientId}/care-plans")
    @Operation(summary = "The patient's care plans, newest first")
    List<CarePlanSummary> forPatient(@PathVariable UUID patientId) {
        return plans.forPatient(patientId);
    }

    @GetMapping("/api/care-plans/{id}")
    @Operation(summary = "One care plan with its current version, sign-off state and copies given")
    CarePlanView find(@PathVariable UUID id) {
        return plans.find(id);
    }

    @PutMapping("/api/care-plans/{id}")
    @Operation(summary = "Revise the plan; sections left out are kept. 409 and no change when basedOnVersion is stale")
    CarePlanView revise(@PathVariable UUID id, @RequestBody CarePlanRevision revision) {
        return planning.revise(id, revision);
    }

    @PutMapping("/api/care-plans/{id}/goals/{goalId}/progress")
    @Operation(summary = "Record a goal's lifecycle status and achievement (a new version that keeps the signature)")
    CarePlanView recordGoalProgress(@PathVariable UUID id, @PathVariable String goalId,
                                    @RequestBody GoalProgress progress) {
        return planning.recordGoalProgress(id, goalId, progress);
    }

    @PostMapping("/api/care-plans/{id}/reviews")
    @Operation(summary = "Record the periodic review; the next review date moves one interval on (a new version)")
    CarePlanView recordReview(@PathVariable UUID id, @RequestBody PlanReview review) {
        return planning.recordReview(id, review);
    }

    @PostMapping("/api/care-plans/{id}/completion")
    @Operation(summary = "Complete (end) the plan; a new plan for the program may then be started")
    CarePlanView complete(@PathVariable UUID id) {
        return planning.complete(id);
    }

    @GetMapping("/api/care-plans/{id}/versions")
    @Operation(summary = "The plan's history: every version with who changed what and when")
    List<CarePlanVersion> versions(@PathVariable UUID id) {
        return plans.versions(id);
    }

    @GetMapping("/api/care-plans/{id}/versions/compare")
    @Operation(summary = "What differs between two versions: problems, goals, interventions... added, removed, changed")
    VersionComparison compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return plans.compare(id, from, to);
    }
}
