package org.careloop.task;

/**
 * What the nurse or care manager did about an escalation; closing one needs a disposition and a note. From the
 * least to the most acute: the patient was reached and is safe, a safety plan was made, the patient was referred or
 * handed to the 988 line, the provider was told, the patient went to the emergency department or 911 was called;
 * when the patient cannot be reached a welfare check is asked for, and a review that found no safety concern says so.
 * A reading alert adds: reached and advised, the reading was in error, not reached.
 * An escalation still open when the patient's death is recorded is closed by CareLoop as PATIENT_DIED.
 */
public enum EscalationDisposition {
    REACHED_AND_SAFE,
    SAFETY_PLAN_MADE,
    REFERRED_TO_BEHAVIORAL_HEALTH,
    CRISIS_LINE_HANDOFF,
    PROVIDER_NOTIFIED,
    SENT_TO_ED,
    EMS_CALLED,
    WELFARE_CHECK_REQUESTED,
    NO_SAFETY_CONCERN,
    /** A reading alert: the patient was reached, asked about symptoms and advised. */
    REACHED_AND_ADVISED,
    /** A reading alert: the reading was wrong (a slip, a cuff misplaced) and is marked in error. */
    READING_IN_ERROR,
    /** A reading alert: the patient could not be reached after the tries the call script asks for. */
    NOT_REACHED,
    /** Set by CareLoop when the patient's death is recorded while the escalation is open. */
    PATIENT_DIED
}
