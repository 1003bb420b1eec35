package org.careloop.outreach;

/** How the care team and the patient (or caregiver) were in touch. */
public enum InteractionKind {
    OUTBOUND_CALL, INBOUND_CALL, OUTBOUND_MESSAGE, INBOUND_MESSAGE, VISIT
}
