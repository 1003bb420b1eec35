package org.careloop.call.web;

import org.careloop.audit.AuditAction;
import org.careloop.patient.PatientGate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.assessment.Answer;
import org.careloop.assessment.AssessmentResult;
import org.careloop.assessment.Assessments;
import org.careloop.assessment.RecordedAssessment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Screens given during the call, inline: the form comes from the instrument's questions, the answers are scored by
 * the assessment module, and the result shows at once. A screen that asks for another (a positive PHQ-2 asks for the
 * PHQ-9, see {@link RecordedAssessment#asksFor()}) brings it up; a PHQ-9 item 9 above
 * zero shows the suicide-risk alert, because the assessment module has already opened the urgent nurse task.
 */
@Controller
class CallAssessments {

    private final CallSections sections;
    private final Assessments assessments;
    private final PatientGate gate;
    private final java.time.Clock clock;

    CallAssessments(CallSections sections, Assessments assessments, PatientGate gate, java.time.Clock clock) {
        this.sections = sections;
        this.assessments = assessments;
        this.gate = gate;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/call/assessments/{instrument}")
    String form(@PathVariable UUID id, @PathVariable String instrument, Model model) {
        // even an empty form for a patient of another practice would confirm the patient exists
        gate.check(id, AuditAction.READ, "Questionnaire");
        model.addAttribute("patientId", id);
        sections.instrument(model, instrument);
        model.addAttribute("given", answeredToday(id, instrument));
        return "call/assessment :: instrumentForm";
    }

    @PostMapping("/patients/{id}/call/assessments/{instrument}")
    String administer(@PathVariable UUID id, @PathVariable String instrument,
                      @RequestParam MultiValueMap<String, String> params, Model model) {
        model.addAttribute("patientId", id);
        sections.instrument(model, instrument);
        @SuppressWarnings("unchecked")
        List<QuestionView> questions = (List<QuestionView>) model.getAttribute("questions");
        List<Answer> answers = new ArrayList<>();
        Map<Integer, List<String>> given = new LinkedHashMap<>();
        for (QuestionView question : questions) {
            List<String> values = params.get("item-" + question.number());
            given.put(question.number(), values == null ? List.of() : values);
            answers.add(question.answer(values));
        }
        model.addAttribute("given", given);
        try {
            RecordedAssessment result = assessments.administer(id, instrument, answers);
            model.addAttribute("result", result);
            model.addAttribute("suicideRisk", result.flags().contains(AssessmentResult.SUICIDE_RISK));
            result.asksFor().ifPresent(next -> {
                // the screen's items are the first items of the instrument it asks for (PHQ-2 of PHQ-9, GAD-2 of GAD-7)
                model.addAttribute("given", Map.copyOf(given));
                sections.instrument(model, next);
                model.addAttribute("followUp", true);
            });
            return "call/assessment :: instrumentResult";
        } catch (InvalidRequest invalid) {
            Map<String, String> byItem = new LinkedHashMap<>();
            invalid.fields().forEach((field, message) -> byItem.put(itemOf(field), message));
            model.addAttribute("errors", byItem);
            return "call/assessment :: instrumentForm";
        }
    }

    /**
     * The answers already given today to a screen that asks for this instrument (a positive PHQ-2 for the PHQ-9), by
     * item number: its items are the instrument's first items, so they start filled. Empty when there is none.
     */
    private Map<Integer, List<String>> answeredToday(UUID patientId, String instrument) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return assessments.of(patientId).stream()
                .filter(screen -> screen.asksFor().filter(instrument::equals).isPresent())
                .filter(screen -> screen.administeredAt().atZoneSameInstant(clock.getZone()).toLocalDate().equals(today))
                .findFirst()
                .map(screen -> {
                    Map<Integer, List<String>> given = new LinkedHashMap<>();
                    for (int i = 0; i < screen.answers().size(); i++) {
                        given.put(i + 1, screen.answers().get(i).chosen().stream()
                                .map(choice -> choice.score() != null ? String.valueOf(choice.score()) : choice.code())
                                .toList());
                    }
                    return given;
                }).orElse(Map.of());
    }

    /** {@code answers[8]} names item 9. */
    private static String itemOf(String field) {
        if (field.startsWith("answers[")) {
            return "item-" + (Integer.parseInt(field.substring(8, field.indexOf(']'))) + 1);
        }
        return field;
    }
}
