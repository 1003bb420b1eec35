package org.careloop.careplan;

/**
 * Where a care plan is in its life, with the FHIR CarePlan status code it is exported as. A plan is a
 * {@link #DRAFT} until a provider first signs it, then {@link #ACTIVE}; {@link #COMPLETED} plans are history.
 */
public enum CarePlanStatus {
    DRAFT("draft"), ACTIVE("active"), COMPLETED("completed");

    private final String fhirCode;

    CarePlanStatus(String fhirCode) {
        this.fhirCode = fhirCode;
    }

    /** The code from the FHIR request-status value set. */
    public String fhirCode() {
        return fhirCode;
    }

    /** Draft and active plans are living: they can be revised, and only one per patient and program may exist. */
    public boolean living() {
        return this != COMPLETED;
    }
}
