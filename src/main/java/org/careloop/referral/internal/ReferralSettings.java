package org.careloop.referral.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referrals work ({@code careloop.referrals.*}): how many business days an organization has to answer before
 * the referral is NO_RESPONSE and the care manager gets a follow-up task, and the address referral e-mails come from
 * (the mail server itself is Spring's {@code spring.mail.host}, {@code spring.mail.port}, ...).
 */
@ConfigurationProperties("careloop.referrals")
public record ReferralSettings(@DefaultValue("5") int responseBusinessDays,
                               @DefaultValue("referrals@careloop.invalid") String mailFrom) {

    public ReferralSettings {
        if (responseBusinessDays < 1) {
            throw new IllegalArgumentException("careloop.referrals.response-business-days must be at least 1");
        }
    }
}
