package org.careloop.caregap;

/**
 * Where a patient stands on one measure. {@code NOT_EVALUATED} only when the data needed to decide whether the
 * measure applies is missing (no birth date; no sex for a sex-specific measure).
 */
public enum GapStatus {
    DUE, SATISFIED, NOT_APPLICABLE, NOT_EVALUATED
}
