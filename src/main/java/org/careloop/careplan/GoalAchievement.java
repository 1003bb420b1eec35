package org.careloop.careplan;

/** How the patient is doing against a goal, from the FHIR goal-achievement value set. */
public enum GoalAchievement {
    IN_PROGRESS("in-progress", "Working on it"), IMPROVING("improving", "Getting better"),
    WORSENING("worsening", "Getting worse"), NO_CHANGE("no-change", "No change yet"),
    ACHIEVED("achieved", "Reached"), NOT_ACHIEVED("not-achieved", "Not reached");

    private final String fhirCode;
    private final String plainWords;

    GoalAchievement(String fhirCode, String plainWords) {
        this.fhirCode = fhirCode;
        this.plainWords = plainWords;
    }

    public String fhirCode() {
        return fhirCode;
    }

    /** How the patient's copy says it. */
    public String plainWords() {
        return plainWords;
    }
}
