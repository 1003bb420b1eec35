package org.careloop.identity;

/** What a person does in the practice; a person may hold several roles. */
public enum Role {
    /** Calls enrolled patients each month, keeps the care plan, logs minutes. */
    CARE_MANAGER,
    /** Triage registered nurse who takes escalations. */
    NURSE,
    /** Billing practitioner (physician or qualified health professional) with an NPI. */
    PROVIDER,
    /** Closes the billing month and sends claims. */
    BILLER,
    /** Runs CareLoop for the organization: people, practices, imports, the audit trail. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
