package org.careloop.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Why an escalation was raised, or raised again while it was open: the instrument and its score, the assessment
 * that raised it, what it found, and when. A second trigger joins the open escalation instead of opening another.
 */
public record EscalationTrigger(UUID taskId, String instrument, Integer score, UUID assessmentId, String detail,
                                OffsetDateTime triggeredAt) {
}
