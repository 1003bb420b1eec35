package org.careloop.careplan;

/** Who carries out an intervention. */
public enum ResponsibleParty {
    CARE_MANAGER, PATIENT, CAREGIVER, PROVIDER, COMMUNITY_ORGANIZATION;

    /** Whether the patient's side (patient or caregiver) does it, as opposed to the care team. */
    public boolean patientSide() {
        return this == PATIENT || this == CAREGIVER;
    }
}
