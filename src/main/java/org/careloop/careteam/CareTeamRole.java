package org.careloop.careteam;

/**
 * What a member does for the patient. The billing practitioner is the enrollment's (CMS bills CCM under the
 * practitioner who furnishes or supervises it), so the care team shows it but does not store it.
 */
public enum CareTeamRole {
    BILLING_PRACTITIONER, CARE_MANAGER, NURSE, SPECIALIST, PHARMACY, HOME_HEALTH, OTHER;

    /** Whether the care team keeps members in this role itself (all but the enrollment's billing practitioner). */
    public boolean keptByCareTeam() {
        return this != BILLING_PRACTITIONER;
    }
}
