package org.careloop.patient;

/** How the patient would rather be reached for monthly check-ins. */
public enum PreferredContactMethod {
    PHONE, SMS, EMAIL, PORTAL, MAIL
}
