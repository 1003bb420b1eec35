package org.careloop.directory;

/** What an outside organization is to a patient's care: where they are admitted, fill prescriptions, get help. */
public enum OrganizationKind {
    HOSPITAL, PHARMACY, HOME_HEALTH, SPECIALIST_PRACTICE, COMMUNITY
}
