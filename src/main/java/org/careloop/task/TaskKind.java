package org.careloop.task;

/** Why the task exists. An escalation is urgent clinical follow-up, such as a positive suicide-risk item. */
public enum TaskKind {
    FOLLOW_UP, ESCALATION, OUTREACH, REVIEW, OTHER
}
