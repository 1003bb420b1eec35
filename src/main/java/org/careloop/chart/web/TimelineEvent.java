package org.careloop.chart.web;

import java.time.Instant;

/**
 * One dated thing that happened to the patient, for the chart's timeline: when ({@code at}; null only for a death
 * whose day is unknown), what kind, a one-line title, the detail (a contact's notes, a closure's note) and who.
 */
public record TimelineEvent(Instant at, Kind kind, String title, String detail, String who) {

    /** What the event is; the timeline marks each kind. */
    public enum Kind {
        CONTACT, ASSESSMENT, ESCALATION_OPENED, ESCALATION_CLOSED, HANDOFF_OPENED, HANDOFF_CLOSED, ENROLLMENT,
        CARE_PLAN, SIGNATURE, DEATH
    }

    public String kindName() {
        return kind.name();
    }
}
