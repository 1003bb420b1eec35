package org.careloop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.careloop.identity.SignInAttempted;
import org.careloop.identity.SignInAttempted.Method;
import org.careloop.identity.SignedOut;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides which authentications the audit trail hears about: every form sign-in and sign-out and every wrong password, but
 * HTTP Basic (which authenticates each request anew) only on a user's first request from an address each day.
 * Which user already used which address today is kept in the database, so several instances agree; the set in
 * memory only spares this instance the insert it knows would change nothing.
 */
@Component
class SignInJournal {

    private final SignInThrottle throttle;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<String> notedToday = ConcurrentHashMap.newKeySet();
    private volatile LocalDate today;

    SignInJournal(SignInThrottle throttle, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The right password; {@code checked} when it was hashed rather than recognised from a recent check. */
    void succeeded(SignInDetails details, String username, boolean checked) {
        if (details.method() == Method.FORM || checked) {
            throttle.succeeded(details.clientAddress(), username, details.method());
        }
        if (details.method() == Method.FORM) {
            announce(username, details, true, "signed in with the sign-in form");
        } else if (firstToday(username, details.clientAddress())) {
            announce(username, details, true, "first HTTP Basic request today from this address");
        }
    }

    /** A wrong password or a refused account; returns the wait it imposes on the address, if any. */
    Optional<Duration> failed(SignInDetails details, String username, String reason) {
        Optional<Duration> wait = throttle.failed(details.clientAddress(), username, details.method());
        announce(username, details, false, wait.map(w -> reason + "; this address now waits " + w.toSeconds() + " s")
                .orElse(reason));
        return wait;
    }

    /** A person ended their web session with the sign-out button. */
    void signedOut(String username, String clientAddress) {
        events.publishEvent(new SignedOut(username, clientAddress));
    }

    void tokenUsedFirstToday(String username, String tokenName, SignInDetails details) {
        announce(username, details, true, "first use today of API token '" + tokenName + "' (" + details.scope() + ")");
    }

    private boolean firstToday(String username, String source) {
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!day.equals(today)) {
            notedToday.clear();
            today = day;
            jdbc.sql("delete from authentication_noted where day < ?").param(day.minusDays(1)).update();
        }
        if (!notedToday.add(username + '\n' + source)) {
            return false;
        }
        return jdbc.sql("insert into authentication_noted (username, source, day) values (?, ?, ?) on conflict do nothing")
                .params(username, String.valueOf(source), day).update() == 1;
    }

    private void announce(String username, SignInDetails details, boolean succeeded, String detail) {
        events.publishEvent(new SignInAttempted(username, details.method(), succeeded, detail, details.clientAddress()));
    }
}
