package org.careloop.referral;

/**
 * The referral could not be e-mailed: no mail server is configured, or it refused or could not be reached. Nothing
 * was stored; the care manager may print the letter for fax or hand delivery instead.
 */
public class ReferralNotSent extends RuntimeException {

    public ReferralNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
