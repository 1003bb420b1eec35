package org.careloop.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules the sources disagree on, as settings with the conservative default (CCM reference: [UNVERIFIED] items).
 *
 * @param practitionerCcmAddOnCap units of 99437 per month (sources say 1 or 2; default 1)
 * @param pcmAddOnCap units of 99425/99427 per month (sources say "up to twice" or "multiple"; default 2)
 * @param excludeCarePlanOversightAndEsrd whether G0181/G0182 and ESRD 90951-90970 block CCM (2015 FAQ; default yes)
 * @param rpmSetupMinimumDays days of readings before 99453 may be billed (16; the 2026 change to 2 is unconfirmed)
 */
@ConfigurationProperties("careloop.billing")
public record BillingSettings(@DefaultValue("1") int practitionerCcmAddOnCap,
                              @DefaultValue("2") int pcmAddOnCap,
                              @DefaultValue("true") boolean excludeCarePlanOversightAndEsrd,
                              @DefaultValue("16") int rpmSetupMinimumDays) {

    public static BillingSettings conservative() {
        return new BillingSettings(1, 2, true, 16);
    }
}
