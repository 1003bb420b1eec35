package org.careloop.billing;

/**
 * Whose minutes these are. Clinical staff work under general supervision; the billing practitioner's own time
 * may also count toward clinical-staff codes, but a minute is only ever counted once.
 */
public enum Performer {
    CLINICAL_STAFF, BILLING_PRACTITIONER
}
