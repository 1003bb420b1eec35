package org.careloop.program;

/**
 * Whose minutes these are, which decides the codes they can count toward: clinical staff (care managers, nurses)
 * working under general supervision, or the billing practitioner's own time. The practitioner's time may also count
 * toward clinical-staff codes, but a minute is only ever counted once. Non-clinical staff log no such time.
 */
public enum Performer {
    CLINICAL_STAFF, BILLING_PRACTITIONER
}
