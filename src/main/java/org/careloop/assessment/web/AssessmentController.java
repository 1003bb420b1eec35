package org.careloop.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.InvalidRequest;
import org.careloop.assessment.Answer;
import org.careloop.assessment.Assessments;
import org.careloop.assessment.FollowUpPlan;
import org.careloop.assessment.RecordedAssessment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Assessments a patient answered: administer one, list them newest first. */
@RestController
@RequestMapping("/api/patients/{id}/assessments")
@Tag(name = "Assessments")
class AssessmentController {

    /**
     * {@code answers}: item scores in question order for PHQ-2/PHQ-9/GAD-7 ({@code [0,1,2,...]}); answer codes in
     * question order for AHC HRSN and the initial assessment, a list of codes where several may be checked.
     */
    record AssessmentForm(String instrument, List<JsonNode> answers) {
    }

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping
    @Operation(summary = "Administer an instrument; returns score, severity, positive, flags and follow-ups")
    ResponseEntity<RecordedAssessment> administer(@PathVariable UUID id, @RequestBody AssessmentForm form) {
        if (form.instrument() == null || form.instrument().isBlank()) {
            throw new InvalidRequest("Invalid instrument", Map.of("instrument", "is required, e.g. PHQ-9"));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(assessments.administer(id, form.instrument(), answers(form.answers())));
    }

    @GetMapping
    @Operation(summary = "The patient's assessments, newest first")
    List<RecordedAssessment> list(@PathVariable UUID id) {
        return assessments.of(id);
    }

    @PostMapping("/{assessmentId}/follow-up")
    @Operation(summary = "A provider reviewed a positive screen: record the follow-up plan (required) and its kind")
    ResponseEntity<Void> followedUp(@PathVariable UUID id, @PathVariable UUID assessmentId,
                                    @RequestBody(required = false) FollowUpPlan plan) {
        assessments.followedUp(id, assessmentId, plan);
        return ResponseEntity.noContent().build();
    }

    private static List<Answer> answers(List<JsonNode> nodes) {
        if (nodes == null) {
            throw new InvalidRequest("Invalid answers", Map.of("answers", "is required: one answer per question in order"));
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node == null || node.isNull()) {
                answers.add(null);
            } else if (node.isIntegralNumber() && node.canConvertToInt()) {
                answers.add(Answer.score(node.asInt()));
            } else if (node.isString()) {
                answers.add(Answer.code(node.asString()));
            } else if (node.isArray() && node.valueStream().allMatch(JsonNode::isString)) {
                List<String> codes = new ArrayList<>();
                node.forEach(code -> codes.add(code.asString()));
                answers.add(new Answer(null, codes));
            } else {
                throw new InvalidRequest("Invalid answers", Map.of("answers[" + i + "]",
                        "must be an item score, an answer code or a list of answer codes"));
            }
        }
        return answers;
    }
}
