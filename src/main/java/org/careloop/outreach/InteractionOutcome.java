package org.careloop.outreach;

/**
 * How a contact attempt ended. Only {@link #REACHED} is a successful contact: the monthly loop needs one each
 * month, and the worklist shows how long ago the last one was.
 */
public enum InteractionOutcome {
    REACHED, LEFT_VOICEMAIL, NO_ANSWER, WRONG_NUMBER, DECLINED;

    public boolean successful() {
        return this == REACHED;
    }
}
