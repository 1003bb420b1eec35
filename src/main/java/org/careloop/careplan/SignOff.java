package org.careloop.careplan;

/**
 * The provider's review of the plan. A new plan and a plan substantively revised after signing
 * {@link #NEEDS_SIGN_OFF}; the care manager sends it ({@link #AWAITING_SIGN_OFF}); a provider of the practice
 * signs it ({@link #SIGNED}).
 */
public enum SignOff {
    NEEDS_SIGN_OFF, AWAITING_SIGN_OFF, SIGNED
}
