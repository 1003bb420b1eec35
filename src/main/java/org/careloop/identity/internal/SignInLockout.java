package org.careloop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.careloop.identity.SignInAttempted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks an account for 15 minutes after five failed sign-ins in a row, so a password cannot be guessed,
 * and announces every attempt so the audit trail keeps it.
 */
@Component
class SignInLockout {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInLockout(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getDetails() instanceof ApiTokenDetails) {
            return; // token use is not a sign-in
        }
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ?")
                .param(authentication.getName()).update();
        events.publishEvent(new SignInAttempted(authentication.getName(), true, null, address(authentication)));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String username = authentication.getName();
        String reason = event.getException() instanceof LockedException
                ? "account locked" : event.getException().getClass().getSimpleName();
        if (!(event.getException() instanceof LockedException)) {
            OffsetDateTime lockUntil = OffsetDateTime.ofInstant(clock.instant().plus(LOCK), ZoneOffset.UTC);
            jdbc.sql("""
                    update app_user
                       set failed_logins = case when failed_logins + 1 >= :allowed then 0 else failed_logins + 1 end,
                           locked_until  = case when failed_logins + 1 >= :allowed then :until else locked_until end
                     where username = :username""")
                    .param("allowed", ALLOWED_FAILURES).param("until", lockUntil).param("username", username)
                    .update();
        }
        events.publishEvent(new SignInAttempted(username, false, reason, address(authentication)));
    }

    boolean isLocked(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from app_user where username = ?").param(username)
                .query(OffsetDateTime.class).optional()
                .map(until -> until != null && until.toInstant().isAfter(now)).orElse(false);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
