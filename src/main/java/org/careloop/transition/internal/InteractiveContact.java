package org.careloop.transition.internal;

import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;

/**
 * What a recorded contact is worth to a transition (CMS TCM: "direct, telephone or electronic" contact that allows
 * prompt interactive communication about the patient's status and needs; chatbots do not count, and two or more
 * documented unsuccessful attempts in time may stand in for it). A call or a visit (in person or by video) that
 * reached the patient or caregiver is the interactive contact, whoever placed the call. A call that did not reach
 * them (no answer, voicemail, wrong number, declined) and any message the practice sent are attempts: a message
 * is not a conversation. A message from the patient counts for neither.
 */
public final class InteractiveContact {

    /** How a contact counts. */
    public enum Worth { INTERACTIVE, ATTEMPT, NOT_COUNTED }

    private InteractiveContact() {
    }

    public static Worth of(InteractionKind kind, InteractionOutcome outcome) {
        if (kind == null || outcome == null) {
            return Worth.NOT_COUNTED;
        }
        return switch (kind) {
            case OUTBOUND_CALL -> outcome.successful() ? Worth.INTERACTIVE : Worth.ATTEMPT;
            case INBOUND_CALL, VISIT -> outcome.successful() ? Worth.INTERACTIVE : Worth.NOT_COUNTED;
            case OUTBOUND_MESSAGE -> Worth.ATTEMPT;
            case INBOUND_MESSAGE -> Worth.NOT_COUNTED;
        };
    }
}
