package org.careloop.task;

/**
 * Why the task exists. An escalation is urgent clinical follow-up, such as a positive suicide-risk item; a hand-off
 * is a call a care manager passed to the nurse or the provider, carrying the call's notes.
 */
public enum TaskKind {
    FOLLOW_UP, ESCALATION, OUTREACH, REVIEW, OTHER, HANDOFF
}
