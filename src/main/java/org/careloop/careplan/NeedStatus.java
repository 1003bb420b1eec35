package org.careloop.careplan;

/**
 * How far a social need on the plan is met, as the closing of a community referral says (the Gravity Project's
 * goal of connecting a need to a resource and hearing back). No status means the need is still open.
 */
public enum NeedStatus {
    /** The resource met the need. */
    MET,
    /** Some help came; the need remains in part. */
    PARTLY_MET,
    /** No help came; the need remains. */
    UNMET;

    /** Whether the need still calls for work (a new referral, another resource). */
    public boolean open() {
        return this != MET;
    }
}
