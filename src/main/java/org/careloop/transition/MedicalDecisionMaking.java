package org.careloop.transition;

/**
 * The level of medical decision making the provider recorded for the face-to-face visit after a discharge: high
 * complexity seen within 7 days is 99496, moderate (or high seen on days 8 to 14) is 99495.
 */
public enum MedicalDecisionMaking {
    MODERATE, HIGH
}
