package org.careloop.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists password guessing without letting anyone lock a colleague out.
 *
 * @param freeFailures wrong passwords a source address may try for one user name before it has to wait
 * @param firstWait the wait after the last free failure; every further failure doubles it
 * @param longestWait the wait never grows beyond this
 * @param forgetAfter failures older than this no longer count
 * @param verifiedCredentialTtl how long a checked HTTP Basic password is trusted without running bcrypt again
 */
@ConfigurationProperties("careloop.sign-in")
public record SignInSettings(@DefaultValue("5") int freeFailures,
                             @DefaultValue("30s") Duration firstWait,
                             @DefaultValue("15m") Duration longestWait,
                             @DefaultValue("24h") Duration forgetAfter,
                             @DefaultValue("5m") Duration verifiedCredentialTtl) {

    /** The wait imposed after {@code failures} wrong passwords in a row, or zero. */
    Duration waitAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
