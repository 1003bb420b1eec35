package org.careloop.transition;

/**
 * What the patient is coming home from: a hospital stay (inpatient or observation), which is a transition of care
 * with the whole TCM sequence, or an emergency department visit without admission, which asks for a follow-up call.
 */
public enum TransitionKind {
    DISCHARGE, ED_VISIT
}
