package org.careloop.referral;

/** How the referral letter reached the service: e-mailed to its intake address, or printed for fax or hand delivery. */
public enum Delivery {
    EMAIL, PRINT
}
