package org.careloop.task;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.careloop.assessment.AssessmentRecorded;
import org.careloop.assessment.AssessmentResult;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Safety comes first. An acute positive ASQ (imminent risk) goes to the providers' pool at once (STAT) with the
 * crisis steps; any other suicide-risk flag (PHQ-9 item 9 above zero, a non-acute positive ASQ) opens a same-day
 * urgent assessment for the triage nurses, whatever the total score; a report of being physically hurt opens an
 * urgent safety review for the care team. One escalation stays open per patient and reason: a later trigger joins
 * it with its instrument, score and date. Runs in the transaction that stores the assessment, so the flag never
 * exists without its task.
 */
@Component
class SafetyEscalations {

    static final String SUICIDE_RISK = AssessmentResult.SUICIDE_RISK;
    static final String IMMINENT_SUICIDE_RISK = AssessmentResult.IMMINENT_SUICIDE_RISK;
    static final String INTERPERSONAL_VIOLENCE = AssessmentResult.INTERPERSONAL_VIOLENCE;

    private final TaskBoard board;

    SafetyEscalations(TaskBoard board) {
        this.board = board;
    }

    @EventListener
    void on(AssessmentRecorded recorded) {
        AssessmentResult result = recorded.result();
        if (result.flags().contains(IMMINENT_SUICIDE_RISK)) {
            raise(recorded, IMMINENT_SUICIDE_RISK, "Imminent suicide risk: tell the provider now", "PROVIDER",
                    TaskPriority.STAT, "Acute positive suicide risk screen. Do not leave the patient alone; keep them on "
                            + "the line. Provider: STAT safety evaluation. Call 911 for emergency help, or connect the "
                            + "patient to the 988 Suicide & Crisis Lifeline (call or text 988).");
        } else if (result.flags().contains(SUICIDE_RISK)) {
            raise(recorded, SUICIDE_RISK, "Same-day suicide-risk assessment", "NURSE", TaskPriority.URGENT,
                    "Call the patient today. Give the ASQ suicide risk screen in CareLoop and, when positive, a brief "
                            + "suicide safety assessment; make a safety plan and tell the provider. If risk is imminent "
                            + "do not leave the patient alone and use 988 or 911.");
        }
        if (result.flags().contains(INTERPERSONAL_VIOLENCE)) {
            raise(recorded, INTERPERSONAL_VIOLENCE, "Safety review: the patient reports being physically hurt",
                    "CARE_MANAGER", TaskPriority.URGENT, "AHC HRSN interpersonal safety answer needs review today.");
        }
    }

    private void raise(AssessmentRecorded recorded, String reason, String title, String pool, TaskPriority priority,
                       String notes) {
        board.escalate(new NewTask(recorded.practiceId(), recorded.patientId(), title, TaskKind.ESCALATION, null, pool,
                        board.today(), priority, notes, "assessment:" + recorded.assessmentId()), reason,
                new EscalationTrigger(null, recorded.instrument(), recorded.result().score(), recorded.assessmentId(),
                        finding(recorded, reason), OffsetDateTime.ofInstant(recorded.at(), ZoneOffset.UTC)));
    }

    /** What the instrument found, in the words the nurse reads on the task. */
    private static String finding(AssessmentRecorded recorded, String reason) {
        AssessmentResult result = recorded.result();
        return switch (recorded.instrument()) {
            case "phq-9" -> "PHQ-9 item 9 (thoughts of death or self-harm) above zero; total " + result.score();
            case "asq" -> "ASQ " + result.severity() + " screen";
            case "ahc-hrsn" -> "AHC HRSN: physically hurt reported; safety score " + result.score();
            default -> recorded.instrument().toUpperCase() + ": " + reason.toLowerCase().replace('_', ' ');
        };
    }
}
