package org.careloop.referral;

/**
 * Where a referral stands. SENT waits for the service's answer; NO_RESPONSE means nothing was heard within the
 * response window (a late answer still moves it on). DECLINED, SERVICE_PROVIDED and NOT_PROVIDED close it; the
 * last two close it with an outcome.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, NO_RESPONSE, SERVICE_PROVIDED, NOT_PROVIDED;

    public boolean closed() {
        return this == DECLINED || closedWithOutcome();
    }

    /** Closed with word of whether the service was provided: the loop is closed. */
    public boolean closedWithOutcome() {
        return this == SERVICE_PROVIDED || this == NOT_PROVIDED;
    }
}
