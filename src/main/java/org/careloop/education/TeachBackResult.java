package org.careloop.education;

/**
 * What the teach-back showed. In a teach-back the learner says back, in their own words, what they will do; the
 * material is understood when they can, needs reinforcement when they cannot yet, and the teach-back was not done
 * when there was no chance to ask (the patient had to go, a caregiver was not there).
 */
public enum TeachBackResult {
    UNDERSTOOD, NEEDS_REINFORCEMENT, NOT_DONE
}
