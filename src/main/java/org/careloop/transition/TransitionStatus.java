package org.careloop.transition;

/**
 * Where a transition stands. It opens when the discharge arrives; the care team's contact (or two documented
 * unsuccessful attempts in time), the medication reconciliation and the provider's face-to-face visit move it
 * along until it is COMPLETE. MISSED when a step can no longer be done in its window (the contact after its 2
 * business days, the visit after day 14, anything left when the 30 days end); WITHDRAWN when the hospital cancelled
 * the admission or the discharge. An ED follow-up is COMPLETE once the patient is reached.
 */
public enum TransitionStatus {
    OPEN, ATTEMPTS_DOCUMENTED, CONTACTED, MEDICATIONS_RECONCILED, SEEN, COMPLETE, MISSED, WITHDRAWN;

    /** Whether nothing more will happen to it. */
    public boolean isFinal() {
        return this == COMPLETE || this == WITHDRAWN;
    }
}
