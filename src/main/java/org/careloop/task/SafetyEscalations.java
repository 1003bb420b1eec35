package org.careloop.task;

import org.careloop.assessment.AssessmentRecorded;
import org.careloop.assessment.AssessmentResult;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Safety comes first: a PHQ-9 item 9 above zero opens an urgent escalation for the triage nurses, due the same day,
 * whatever the total score; a report of being physically hurt opens an urgent safety review for the care team.
 * Runs in the transaction that stores the assessment, so the flag never exists without its task.
 */
@Component
class SafetyEscalations {

    private final TaskBoard board;

    SafetyEscalations(TaskBoard board) {
        this.board = board;
    }

    @EventListener
    void on(AssessmentRecorded recorded) {
        if (recorded.result().flags().contains(AssessmentResult.SUICIDE_RISK)) {
            board.raise(new NewTask(recorded.practiceId(), recorded.patientId(),
                    "Same-day suicide-risk assessment: PHQ-9 item 9 was answered above zero", TaskKind.ESCALATION,
                    null, "NURSE", board.today(), TaskPriority.URGENT,
                    "Call the patient today. Use the C-SSRS screener; if risk is imminent do not leave the patient alone "
                            + "and use 988 or 911. PHQ-9 total " + recorded.result().score() + ".",
                    "assessment:" + recorded.assessmentId()));
        }
        if (recorded.result().flags().contains(AssessmentResult.INTERPERSONAL_VIOLENCE)) {
            board.raise(new NewTask(recorded.practiceId(), recorded.patientId(),
                    "Safety review: the patient reports being physically hurt", TaskKind.ESCALATION,
                    null, "CARE_MANAGER", board.today(), TaskPriority.URGENT,
                    "AHC HRSN interpersonal safety answer needs review today.", "assessment:" + recorded.assessmentId()));
        }
    }
}
