package org.careloop.careplan;

/** A goal's lifecycle, from the FHIR goal-status value set. Completed and cancelled goals are closed. */
public enum GoalStatus {
    PROPOSED("proposed"), ACTIVE("active"), ON_HOLD("on-hold"), COMPLETED("completed"), CANCELLED("cancelled");

    private final String fhirCode;

    GoalStatus(String fhirCode) {
        this.fhirCode = fhirCode;
    }

    public String fhirCode() {
        return fhirCode;
    }

    public boolean closed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
